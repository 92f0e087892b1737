package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /participants/list.xhtml: the participants table, loaded page by page. */
public class ParticipantListPage {

    private static final By TABLE = By.id("participantsForm:participants");

    private final Browser browser;

    private ParticipantListPage(Browser browser) {
        this.browser = browser;
    }

    public static ParticipantListPage open(Browser browser) {
        browser.go("/participants/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(TABLE));
        return new ParticipantListPage(browser);
    }

    public String table() {
        return browser.driver().findElement(TABLE).getText();
    }

    public String search(String query) {
        browser.driver().findElement(By.id("participantsForm:query")).clear();
        browser.driver().findElement(By.id("participantsForm:query")).sendKeys(query);
        String before = table();
        browser.click(By.id("participantsForm:search"));
        return browser.textChangedFrom(TABLE, before);
    }

    /** Goes to the last page of the table's paginator. */
    public String lastPage() {
        String before = table();
        browser.click(By.cssSelector("#participantsForm\\:participants .ui-paginator-last"));
        return browser.textChangedFrom(TABLE, before);
    }
}
