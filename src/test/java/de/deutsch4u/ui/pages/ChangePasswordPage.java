package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /account/password.xhtml: the own password, reachable from the header; forced after a reset. */
public class ChangePasswordPage {

    private final Browser browser;

    public ChangePasswordPage(Browser browser) {
        this.browser = browser;
    }

    public static ChangePasswordPage openFromHeader(Browser browser) {
        browser.click(By.id("headerForm:changePassword"));
        return new ChangePasswordPage(browser).shown();
    }

    public ChangePasswordPage shown() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("passwordForm:currentPassword")));
        return this;
    }

    public boolean isShown() {
        return browser.driver().getCurrentUrl().contains("/account/password.xhtml")
                && !browser.driver()
                        .findElements(By.id("passwordForm:currentPassword"))
                        .isEmpty();
    }

    public boolean asksForANewPassword() {
        return !browser.driver().findElements(By.id("passwordForm:required")).isEmpty();
    }

    public StartPage change(String current, String newPassword) {
        fill(current, newPassword);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        return new StartPage(browser);
    }

    /** Submits a password the rules refuse; returns the message next to the new password. */
    public String changeFailing(String current, String newPassword) {
        fill(current, newPassword);
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='passwordForm:newPassword'] ~ .ui-message-error, .ui-message-error")))
                .getText();
    }

    private void fill(String current, String newPassword) {
        browser.driver().findElement(By.id("passwordForm:currentPassword")).sendKeys(current);
        browser.driver().findElement(By.id("passwordForm:newPassword")).sendKeys(newPassword);
        browser.driver().findElement(By.id("passwordForm:repeated")).sendKeys(newPassword);
        browser.click(By.id("passwordForm:save"));
    }
}
