package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /reports/statistics.xhtml: the participant statistics, one small table per breakdown. */
public class StatisticsPage {

    private static final By FIGURES = By.id("statisticsForm:lines");
    private static final By SUPPRESSED_NOTE = By.id("statisticsForm:suppressedNote");
    private static final By SUBMIT_STATEMENT = By.id("statementForm:submit");
    private static final By CONFIRM = By.cssSelector(".ui-confirmdialog-yes");
    private static final By STATEMENT_VERSIONS = By.id("statementForm:versions");
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

    /** Whether the page says that small numbers are hidden (for callers who see more than one provider). */
    public boolean showsSuppressedNote() {
        return !browser.driver().findElements(SUPPRESSED_NOTE).isEmpty();
    }

    /** Submits the funding statement, confirms, and returns its list of versions once a version of {@code year} shows. */
    public String submitStatement(int year) {
        browser.click(SUBMIT_STATEMENT);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(CONFIRM));
        browser.click(CONFIRM);
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(STATEMENT_VERSIONS, String.valueOf(year)));
        return browser.driver().findElement(STATEMENT_VERSIONS).getText();
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
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
    }
}
