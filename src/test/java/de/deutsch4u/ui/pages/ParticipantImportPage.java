package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /participants/import.xhtml */
public class ParticipantImportPage {

    private final Browser browser;

    private ParticipantImportPage(Browser browser) {
        this.browser = browser;
    }

    public static ParticipantImportPage open(Browser browser) {
        browser.go("/participants/import.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
        return new ParticipantImportPage(browser);
    }

    public String upload(Path file) {
        browser.driver()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:summary")))
                .getText();
    }

    public String rowsText() {
        return browser.driver().findElement(By.id("importForm:rows")).getText();
    }

    public boolean canImport() {
        return browser.driver().findElement(By.id("importForm:import")).isEnabled();
    }

    public String importAll() {
        browser.click(By.id("importForm:import"));
        browser.waiting().until(ExpectedConditions.urlContains("/participants/list.xhtml"));
        return browser.driver().findElement(By.id("growl_container")).getText();
    }
}
