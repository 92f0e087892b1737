package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /reports/dashboard.xhtml */
public class DashboardPage {

    private final Browser browser;

    private DashboardPage(Browser browser) {
        this.browser = browser;
    }

    public static DashboardPage open(Browser browser) {
        browser.go("/reports/dashboard.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboardForm:districts")));
        return new DashboardPage(browser);
    }

    /** Shows the figures of another period. */
    public void period(LocalDate from, LocalDate to) {
        DateInput.type(browser, "dashboardForm:from", from);
        DateInput.type(browser, "dashboardForm:to", to);
        WebElement before = browser.driver().findElement(By.id("dashboardForm:districts"));
        browser.click(By.id("dashboardForm:show"));
        browser.awaitReplaced(before);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboardForm:districts")));
    }

    /** Follows the toggle below the districts heading: all districts (zeros included), or only those with courses. */
    public void toggleAllDistricts() {
        WebElement before = browser.driver().findElement(By.id("dashboardForm:districts"));
        browser.click(By.id("dashboardForm:allDistricts"));
        browser.awaitReplaced(before);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboardForm:districts")));
    }

    public List<String> districtNames() {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='dashboardForm:districts_data'] > tr > td:first-child"))
                .stream()
                .map(cell -> cell.getText()
                        .replace(
                                cell.findElement(By.cssSelector(".ui-column-title"))
                                        .getText(),
                                "")
                        .strip())
                .toList();
    }

    /** The course counts of the district rows. */
    public List<Long> districtCourseCounts() {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='dashboardForm:districts_data'] > tr > td:nth-child(2)"))
                .stream()
                .map(cell -> Long.parseLong(cell.getText().replaceAll("\\D", "")))
                .toList();
    }

    /** How many districts the line below the table names as without courses. */
    public int districtsWithoutCourses() {
        return browser.driver()
                .findElements(By.cssSelector("#districtsWithoutCourses li"))
                .size();
    }

    /** A key figure at the top, by its name (courses, unitsHeld, participants, participantUnits, ...), as a number. */
    public long keyFigure(String name) {
        return Long.parseLong(browser.driver()
                .findElement(By.id("keyFigure-" + name))
                .getText()
                .replaceAll("\\D", ""));
    }

    public int regionRows() {
        return browser.driver()
                .findElements(By.cssSelector("[id='dashboardForm:regions_data'] > tr"))
                .size();
    }

    /** The text of the course rows marked as below the threshold (on every page of the table: the first 20). */
    public String markedCourses() {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='dashboardForm:courses_data'] > tr.below-threshold"))
                .stream()
                .map(WebElement::getText)
                .collect(Collectors.joining("\n"));
    }
}
