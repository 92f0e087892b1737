package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /referrals/list.xhtml: the referrals in scope and their outcome. */
public class ReferralListPage {

    private final Browser browser;

    private ReferralListPage(Browser browser) {
        this.browser = browser;
    }

    public static ReferralListPage open(Browser browser) {
        browser.go("/referrals/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("referralsForm:referrals")));
        return new ReferralListPage(browser);
    }

    /** The text of the row of the person (name, course, status, reason). */
    public String rowOf(String lastName) {
        return browser.driver()
                .findElement(
                        By.xpath("//tbody[@id='referralsForm:referrals_data']/tr[contains(., '" + lastName + "')]"))
                .getText();
    }
}
