package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    public static ParticipantDetailPage open(Browser browser, long id) {
        browser.go("/participants/detail.xhtml?id=" + id);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));
        return new ParticipantDetailPage(browser);
    }

    public boolean offersExport() {
        return !browser.driver().findElements(By.id("detailForm:export")).isEmpty();
    }

    /** Opens the erasure dialog, gives the reason and confirms; the list page follows. */
    public String erase(String reason) {
        browser.click(By.id("detailForm:erase"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("eraseForm:reason")));
        browser.driver().findElement(By.id("eraseForm:reason")).sendKeys(reason);
        browser.click(By.id("eraseForm:confirmErase"));
        browser.waiting().until(ExpectedConditions.urlContains("/participants/list.xhtml"));
        return browser.driver()
                .findElement(By.id("participantsForm:participants"))
                .getText();
    }
}
