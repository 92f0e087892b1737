package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /login.xhtml */
public class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("/login.xhtml");
        return new LoginPage(browser);
    }

    public boolean isShown() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
        return browser.driver().getCurrentUrl().contains("/login.xhtml");
    }

    public StartPage signInAs(String username, String password) {
        submit(username, password);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:logout")));
        return new StartPage(browser);
    }

    /**
     * Waits for the answer's error message: the (empty) message area is on the page before the post too, so
     * waiting for it alone let a test go on, and navigate away, before the server had counted the failure.
     */
    public LoginPage signInFailing(String username, String password) {
        WebElement form = browser.driver().findElement(By.id("loginForm"));
        submit(username, password);
        browser.awaitReplaced(form);
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[id='loginForm:messages'] .ui-messages-error")));
        return this;
    }

    public String errorText() {
        return browser.driver().findElement(By.id("loginForm:messages")).getText();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public boolean showsLoggedOutNotice() {
        return !browser.driver().findElements(By.id("loginForm:loggedOut")).isEmpty();
    }

    private void submit(String username, String password) {
        browser.driver().findElement(By.id("loginForm:username")).sendKeys(username);
        browser.driver().findElement(By.id("loginForm:password")).sendKeys(password);
        browser.driver().findElement(By.id("loginForm:submit")).click();
    }
}
