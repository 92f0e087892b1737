package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /calendar/view.xhtml: the week view of a location's or teacher's sessions. */
public class CalendarPage {

    private final Browser browser;

    CalendarPage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-timegrid")));
    }

    /** The titles of the events shown, once the lazy model has loaded them. */
    public List<String> eventTitles() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-event-title")));
        return browser.driver().findElements(By.cssSelector(".fc-event-title")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
