package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /users/list.xhtml */
public class UsersPage {

    private final Browser browser;

    private UsersPage(Browser browser) {
        this.browser = browser;
    }

    public static UsersPage open(Browser browser) {
        browser.go("/users/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("usersForm:users")));
        return new UsersPage(browser);
    }

    public void create(String username, String displayName, String password, String role, String provider) {
        openDialog();
        fill(username, displayName, password);
        Select.choose(browser, "userForm:role", role);
        if (provider != null) {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:providerId")));
            Select.choose(browser, "userForm:providerId", provider);
        }
        browser.click(By.id("userForm:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:users"), username));
    }

    /** Submits the dialog with a too short password and returns the message next to the field. */
    public String createWithShortPassword(String username) {
        openDialog();
        fill(username, "Kurz", "kurz");
        browser.click(By.id("userForm:save"));
        By message = By.cssSelector("[id='userForm:password'] ~ .ui-message-error, .ui-message-error");
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(message)).getText();
    }

    public String tableText() {
        return browser.driver().findElement(By.id("usersForm:users")).getText();
    }

    private void openDialog() {
        browser.click(By.id("usersForm:newUser"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username")));
    }

    private void fill(String username, String displayName, String password) {
        browser.driver().findElement(By.id("userForm:username")).sendKeys(username);
        browser.driver().findElement(By.id("userForm:displayName")).sendKeys(displayName);
        browser.driver().findElement(By.id("userForm:password")).sendKeys(password);
    }
}
