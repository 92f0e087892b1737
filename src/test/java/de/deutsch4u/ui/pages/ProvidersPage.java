package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /providers/list.xhtml */
public class ProvidersPage {

    private final Browser browser;

    private ProvidersPage(Browser browser) {
        this.browser = browser;
    }

    public static ProvidersPage open(Browser browser) {
        browser.go("/providers/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("providersForm:providers")));
        return new ProvidersPage(browser);
    }

    public void create(String name, String district) {
        browser.click(By.id("providersForm:newProvider"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("providerForm:name")));
        browser.driver().findElement(By.id("providerForm:name")).sendKeys(name);
        Select.choose(browser, "providerForm:districtId", district);
        browser.click(By.id("providerForm:save"));
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("providersForm:providers"), name));
    }

    public String tableText() {
        return browser.driver().findElement(By.id("providersForm:providers")).getText();
    }

    public String growlText() {
        browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#growl_container .ui-growl-message")));
        return browser.driver().findElement(By.id("growl_container")).getText();
    }
}
