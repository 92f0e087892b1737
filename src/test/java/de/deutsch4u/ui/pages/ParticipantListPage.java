package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /participants/list.xhtml: the participants table, loaded page by page. */
public class ParticipantListPage {

    private final Browser browser;

    private ParticipantListPage(Browser browser) {
        this.browser = browser;
    }

    public static ParticipantListPage open(Browser browser) {
        browser.go("/participants/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("participantsForm:participants")));
        return new ParticipantListPage(browser);
    }

    public String table() {
        return browser.driver()
                .findElement(By.id("participantsForm:participants"))
                .getText();
    }

    public String search(String query) {
        browser.driver().findElement(By.id("participantsForm:query")).clear();
        browser.driver().findElement(By.id("participantsForm:query")).sendKeys(query);
        String before = table();
        browser.click(By.id("participantsForm:search"));
        return tableAfter(before);
    }

    /** Goes to the last page of the table's paginator. */
    public String lastPage() {
        String before = table();
        browser.click(By.cssSelector("#participantsForm\\:participants .ui-paginator-last"));
        return tableAfter(before);
    }

    /** The table's new text once the ajax answer replaced it (a read during the replacement finds it stale). */
    private String tableAfter(String before) {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            String now = table();
            return now.equals(before) ? null : now;
        });
    }
}
