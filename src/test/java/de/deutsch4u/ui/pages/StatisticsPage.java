package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /reports/statistics.xhtml: the participant statistics, one small table per breakdown. */
public class StatisticsPage {

    private static final By FIGURES = By.id("statisticsForm:lines");
    private static final By BREAKDOWN_TABLES = By.cssSelector("#statisticsForm\\:lines details.stat-group table");

    private final Browser browser;

    private StatisticsPage(Browser browser) {
        this.browser = browser;
    }

    public static StatisticsPage open(Browser browser) {
        browser.go("/reports/statistics.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(FIGURES));
        return new StatisticsPage(browser);
    }

    public String figures() {
        return browser.driver().findElement(FIGURES).getText();
    }

    public int breakdownTables() {
        return browser.driver().findElements(BREAKDOWN_TABLES).size();
    }

    /** Height of the figures in CSS pixels. */
    public int figuresHeight() {
        WebElement figures = browser.driver().findElement(FIGURES);
        return figures.getSize().getHeight();
    }

    /** Whether the page itself scrolls sideways (wider than the window). */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
    }
}
