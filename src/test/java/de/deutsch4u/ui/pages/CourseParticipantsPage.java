package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /courses/participants.xhtml?id=: the lists are rendered in the order enrolled (0), waiting list (1), withdrawn (2). */
public class CourseParticipantsPage {

    private final Browser browser;

    private CourseParticipantsPage(Browser browser) {
        this.browser = browser;
    }

    public static CourseParticipantsPage open(Browser browser, long courseId) {
        browser.go("/courses/participants.xhtml?id=" + courseId);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrollForm:enroll")));
        return new CourseParticipantsPage(browser);
    }

    public void enroll(String personLabelStart) {
        browser.click(By.id("enrollForm:participantId"));
        By item = By.xpath("//*[@id='enrollForm:participantId_items']//li[starts-with(@data-label, '" + personLabelStart + "')]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrollForm:participantId_label"),
                personLabelStart));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("enrollForm:participantId_panel")));
        browser.click(By.id("enrollForm:enroll"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("listsForm"), personLabelStart));
    }

    public String list(int index) {
        return browser.driver().findElement(By.id("listsForm:statuses:" + index + ":list")).getText();
    }

    public void withdrawFirstEnrolled(String reasonLabel) {
        browser.click(By.cssSelector("[id^='listsForm:statuses:0:list:0:withdraw']"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawForm:reason")));
        Select.choose(browser, "withdrawForm:reason", reasonLabel);
        browser.click(By.id("withdrawForm:confirmWithdraw"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("withdrawForm:reason")));
    }
}
