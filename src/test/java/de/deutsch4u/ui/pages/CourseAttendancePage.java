package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
        return browser.driver()
                .findElement(By.cssSelector("#monthsForm\\:months_data > tr:nth-child(" + (row + 1) + ")"))
                .getText();
    }

    public boolean canClose(int row) {
        return !browser.driver()
                .findElements(By.id("monthsForm:months:" + row + ":close"))
                .isEmpty();
    }

    /** Opens the closing dialog of the month; returns its text (which names sessions without attendance). */
    public String openClosing(int row) {
        browser.click(By.id("monthsForm:months:" + row + ":close"));
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("closeForm")))
                .getText();
    }

    public void acknowledgeUnrecorded() {
        browser.click(By.cssSelector("[id='closeForm:acknowledge'] .ui-chkbox-box"));
    }

    /** Confirms the closing; returns the dialog's error message, or "" once the dialog has closed. */
    public String confirmClosing() {
        By error = By.cssSelector("[id='closeForm'] .ui-message-error, [id='closeForm'] .ui-messages-error");
        WebElement before = browser.driver().findElement(By.id("closeForm:confirmClose"));
        browser.click(By.id("closeForm:confirmClose"));
        browser.awaitReplaced(before); // the answer re-renders the dialog's form
        browser.waiting()
                .until(ExpectedConditions.or(
                        ExpectedConditions.invisibilityOfElementLocated(By.id("closeDialog")),
                        ExpectedConditions.visibilityOfElementLocated(error)));
        return browser.driver().findElements(error).stream()
                .filter(e -> e.isDisplayed())
                .map(e -> e.getText())
                .findFirst()
                .orElse("");
    }

    public void reopen(int row, String reason) {
        browser.click(By.id("monthsForm:months:" + row + ":reopen"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reopenForm:reason")));
        browser.driver().findElement(By.id("reopenForm:reason")).sendKeys(reason);
        browser.click(By.id("reopenForm:confirmReopen"));
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("monthsForm:months:" + row + ":close")));
    }

    public String history() {
        return browser.driver().findElement(By.id("history")).getText();
    }
}
