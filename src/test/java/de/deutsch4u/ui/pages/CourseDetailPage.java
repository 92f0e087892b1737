package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /courses/detail.xhtml?id= */
public class CourseDetailPage {

    private final Browser browser;

    CourseDetailPage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("courseForm:sessions")));
    }

    public String volume() {
        return browser.driver().findElement(By.id("volume")).getText();
    }

    public int sessionRows() {
        return browser.driver()
                .findElements(By.cssSelector("[id='courseForm:sessions_data'] > tr"))
                .size();
    }

    public CalendarPage openCalendar() {
        browser.click(By.id("courseForm:calendar"));
        return new CalendarPage(browser);
    }
}
