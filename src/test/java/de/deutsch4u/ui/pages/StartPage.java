package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /index.xhtml: the start page of each role, with the navigation. */
public class StartPage {

    private final Browser browser;

    public StartPage(Browser browser) {
        this.browser = browser;
    }

    public String welcomeText() {
        return browser.driver().findElement(By.id("welcome")).getText();
    }

    public boolean offersProviders() {
        return !browser.driver().findElements(By.id("cardProviders")).isEmpty();
    }

    public boolean offersUsers() {
        return !browser.driver().findElements(By.id("cardUsers")).isEmpty();
    }

    /** The provider's "to do" figure with this id (unrecordedSessions, monthsToClose), or -1 when not shown. */
    public long taskCount(String id) {
        var items = browser.driver().findElements(By.cssSelector("#cardTasks #" + id + " strong"));
        return items.isEmpty() ? -1 : Long.parseLong(items.get(0).getText().strip());
    }

    /** Follows the programme's link to the dashboard; true when the dashboard opened. */
    public boolean opensDashboard() {
        var links = browser.driver().findElements(By.id("toDashboard"));
        if (links.isEmpty()) {
            return false;
        }
        browser.click(By.id("toDashboard"));
        browser.waiting().until(ExpectedConditions.urlContains("/reports/dashboard"));
        return true;
    }

    public LoginPage signOut() {
        browser.driver().findElement(By.id("headerForm:logout")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        return new LoginPage(browser);
    }

    public void switchLanguage() {
        var button = browser.driver().findElement(By.id("headerForm:language"));
        button.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(button)); // the page came back in the other language
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }
}
