package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /courses/attendance.xhtml?id=: attendance per person and the months (row 0 is the newest month). */
public class CourseAttendancePage {

    private final Browser browser;

    private CourseAttendancePage(Browser browser) {
        this.browser = browser;
    }

    public static CourseAttendancePage open(Browser browser, long courseId) {
        browser.go("/courses/attendance.xhtml?id=" + courseId);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("monthsForm:months")));
        return new CourseAttendancePage(browser);
    }

    public String participants() {
        return browser.driver().findElement(By.id("participants")).getText();
    }

    public String month(int row) {
        return browser.driver().findElement(By.cssSelector("#monthsForm\\:months_data > tr:nth-child(" + (row + 1) + ")")).getText();
    }

    /** Closes the month after confirming the question. */
    public void close(int row) {
        browser.click(By.id("monthsForm:months:" + row + ":close"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("monthsForm:months:" + row + ":reopen")));
    }

    public void reopen(int row, String reason) {
        browser.click(By.id("monthsForm:months:" + row + ":reopen"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reopenForm:reason")));
        browser.driver().findElement(By.id("reopenForm:reason")).sendKeys(reason);
        browser.click(By.id("reopenForm:confirmReopen"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("monthsForm:months:" + row + ":close")));
    }

    public String history() {
        return browser.driver().findElement(By.id("history")).getText();
    }
}
