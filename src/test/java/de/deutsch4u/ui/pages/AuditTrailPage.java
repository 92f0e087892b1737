package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /dataprotection/audit.xhtml: the audit trail, filtered and paged. */
public class AuditTrailPage {

    private final Browser browser;

    private AuditTrailPage(Browser browser) {
        this.browser = browser;
    }

    public static AuditTrailPage open(Browser browser) {
        browser.go("/dataprotection/audit.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:entries")));
        return new AuditTrailPage(browser);
    }

    /** Filters by user name and shows the first page of what matches. */
    public String filterByUser(String username) {
        browser.driver().findElement(By.id("auditForm:username")).sendKeys(username);
        String before = entries();
        browser.click(By.id("auditForm:search"));
        return browser.textChangedFrom(By.id("auditForm:entries"), before);
    }

    public String entries() {
        return browser.driver().findElement(By.id("auditForm:entries")).getText();
    }
}
