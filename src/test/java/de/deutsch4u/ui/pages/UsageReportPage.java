package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /reports/usage.xhtml */
public class UsageReportPage {

    private final Browser browser;

    private UsageReportPage(Browser browser) {
        this.browser = browser;
    }

    public static UsageReportPage open(Browser browser) {
        browser.go("/reports/usage.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:rows")));
        return new UsageReportPage(browser);
    }

    /** Sets the period; the next show() or groupBy() applies it. */
    public void period(LocalDate from, LocalDate to) {
        DateInput.type(browser, "reportForm:from", from);
        DateInput.type(browser, "reportForm:to", to);
    }

    public void groupBy(String label) {
        Select.choose(browser, "reportForm:groupBy", label);
        show();
    }

    /** Clicks "Anzeigen" and waits for the new table. */
    public void show() {
        // Taken before the click: a fast answer may replace the table before a later lookup.
        WebElement before = browser.driver().findElement(By.id("reportForm:rows"));
        browser.click(By.id("reportForm:show"));
        browser.awaitReplaced(before);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:rows")));
    }

    /** Sorts by a column (its id, e.g. "utilisation") with a click on its heading. */
    public void sortBy(String column) {
        browser.click(By.id("reportForm:rows:" + column));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(
                        By.id("reportForm:rows:" + column), "aria-sort", "ascending"));
    }

    /** Downloads the CSV (the page stays) and returns the file's text. */
    public String downloadCsv() {
        browser.click(By.id("reportForm:downloadCsv"));
        return new String(browser.downloaded(".csv"), StandardCharsets.UTF_8);
    }

    public String tableText() {
        return browser.driver().findElement(By.id("reportForm:rows")).getText();
    }

    public boolean showsChart() {
        return !browser.driver()
                .findElements(By.cssSelector("#reportForm\\:chart canvas"))
                .isEmpty();
    }

    public boolean offersDownloads() {
        return !browser.driver().findElements(By.id("reportForm:downloadCsv")).isEmpty()
                && !browser.driver()
                        .findElements(By.id("reportForm:downloadXlsx"))
                        .isEmpty()
                && !browser.driver()
                        .findElements(By.id("reportForm:downloadPdf"))
                        .isEmpty();
    }
}
