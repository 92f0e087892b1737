package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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

    /** The page as someone sees it who may only read it (a teacher): no enrollment form. */
    public static CourseParticipantsPage openToRead(Browser browser, long courseId) {
        browser.go("/courses/participants.xhtml?id=" + courseId);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("listsForm")));
        return new CourseParticipantsPage(browser);
    }

    /** Whether any control that changes enrollments or exports data is on the page. */
    public boolean hasPlanningControls() {
        return !browser.driver()
                .findElements(By.cssSelector("[id='enrollForm'], [id$=':withdraw'], [id$=':transfer'], "
                        + "[id$=':certificate'], [id$=':person']"))
                .isEmpty();
    }

    /** Moves the first enrolled person to the course whose menu label starts with the title, after confirming. */
    public void transferFirstEnrolled(String courseTitle) {
        browser.click(By.cssSelector("[id^='listsForm:statuses:0:list:0:transfer']"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("transferForm:courseId")));
        Select.chooseStartingWith(browser, "transferForm:courseId", courseTitle);
        browser.click(By.id("transferForm:confirmTransfer"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("transferConfirmForm:yes")));
        browser.click(By.id("transferConfirmForm:yes"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("transferForm:courseId")));
    }

    /** Clicks "Bescheinigung" of the first enrolled person and returns the downloaded PDF. */
    public byte[] printCertificateOfFirstEnrolled() {
        browser.click(By.cssSelector("[id^='listsForm:statuses:0:list:0:certificate']"));
        return browser.downloaded(".pdf");
    }

    /** Opens the detail page of the first person in the list (enrolled 0, waiting 1, withdrawn 2). */
    public void openPerson(int list) {
        browser.click(By.cssSelector("[id^='listsForm:statuses:" + list + ":list:0:person']"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));
    }

    /** Types {@code search} into the person field and returns the suggestions offered. */
    public List<String> suggestions(String search) {
        WebElement input = browser.driver().findElement(By.id("enrollForm:participantId_input"));
        By panel = By.id("enrollForm:participantId_panel");
        // Close an open list first: otherwise its old items count as the answer to the new search.
        input.sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(panel));
        input.clear();
        input.sendKeys(search);
        By items = By.cssSelector("[id='enrollForm:participantId_panel'] li");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(items));
        return browser.driver().findElements(items).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Finds the person by the start of their label ("last name, ...") in the search field and enrolls them. */
    public void enroll(String personLabelStart) {
        suggestions(personLabelStart);
        browser.click(By.xpath("//*[@id='enrollForm:participantId_panel']//li[starts-with(normalize-space(.), '"
                + personLabelStart + "')]"));
        browser.waiting()
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("enrollForm:participantId_panel")));
        browser.click(By.id("enrollForm:enroll"));
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("listsForm"), personLabelStart));
    }

    public String list(int index) {
        return browser.driver()
                .findElement(By.id("listsForm:statuses:" + index + ":list"))
                .getText();
    }

    /** Withdraws the first enrolled person with the reason; returns whom the dialog named. */
    public String withdrawFirstEnrolled(String reasonLabel) {
        browser.click(By.cssSelector("[id^='listsForm:statuses:0:list:0:withdraw']"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawForm:reason")));
        String person = browser.driver().findElement(By.id("withdrawPerson")).getText();
        Select.choose(browser, "withdrawForm:reason", reasonLabel);
        browser.click(By.id("withdrawForm:confirmWithdraw"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("withdrawForm:reason")));
        return person;
    }
}
