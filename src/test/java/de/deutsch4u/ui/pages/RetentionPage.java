package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /dataprotection/retention.xhtml (ADMIN): who is due for erasure. */
public class RetentionPage {

    private final Browser browser;

    private RetentionPage(Browser browser) {
        this.browser = browser;
    }

    public static RetentionPage open(Browser browser) {
        browser.go("/dataprotection/retention.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("retentionForm:due")));
        return new RetentionPage(browser);
    }

    public String due() {
        return browser.driver().findElement(By.id("retentionForm:due")).getText();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }
}
