package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;

/** /participants/detail.xhtml?id=: a person's data, enrollment history and access log. */
public class ParticipantDetailPage {

    private final Browser browser;

    public ParticipantDetailPage(Browser browser) {
        this.browser = browser;
    }

    public String facts() {
        return browser.driver().findElement(By.id("facts")).getText();
    }

    public String history() {
        return browser.driver().findElement(By.id("detailForm:history")).getText();
    }

    public String accessLog() {
        return browser.driver().findElement(By.id("detailForm:log")).getText();
    }
}
