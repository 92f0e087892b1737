package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The provider's "Neue Vermittlungen" on its start page (and a course's page): accept or decline a referral. */
public class OpenReferralsPanel {

    private final Browser browser;

    private OpenReferralsPanel(Browser browser) {
        this.browser = browser;
    }

    /** The provider's start page. */
    public static OpenReferralsPanel onStartPage(Browser browser) {
        browser.go("/index.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("openReferralsForm:openReferrals")));
        return new OpenReferralsPanel(browser);
    }

    public String text() {
        return browser.driver()
                .findElement(By.id("openReferralsForm:openReferrals"))
                .getText();
    }

    /** Accepts the referral of the person, registering them anew; waits until the row has gone. */
    public void accept(String lastName) {
        browser.click(row(lastName, ":accept"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptForm:confirmAccept")));
        browser.click(By.id("acceptForm:confirmAccept"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("acceptForm:confirmAccept")));
        browser.waiting()
                .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("openReferralsForm:openReferrals"), lastName)));
    }

    /** Declines the referral of the person with the reason; waits until the row has gone. */
    public void decline(String lastName, String reason) {
        browser.click(row(lastName, ":decline"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("declineForm:reason")));
        browser.driver().findElement(By.id("declineForm:reason")).sendKeys(reason);
        browser.click(By.id("declineForm:confirmDecline"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("declineForm:reason")));
        browser.waiting()
                .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("openReferralsForm:openReferrals"), lastName)));
    }

    private static By row(String lastName, String button) {
        return By.xpath("//tbody[@id='openReferralsForm:openReferrals_data']/tr[contains(., '" + lastName
                + "')]//button[contains(@id, '" + button + "')]");
    }
}
