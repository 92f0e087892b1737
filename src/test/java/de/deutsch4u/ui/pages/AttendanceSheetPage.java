package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /attendance/session.xhtml: one line per participant (0, 1, …) with the choices Anwesend (0), Entschuldigt (1), Fehlt (2). */
public class AttendanceSheetPage {

    public static final int PRESENT = 0;
    public static final int EXCUSED = 1;
    public static final int ABSENT = 2;

    private static final By SAVE = By.id("sheetForm:save");
    private static final By REFUSAL = By.id("refusal");

    private final Browser browser;

    private AttendanceSheetPage(Browser browser, By loaded) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(loaded));
    }

    private AttendanceSheetPage(Browser browser) {
        this(browser, SAVE);
    }

    /** From the teacher's start page: the first of today's sessions, one tap. */
    public static AttendanceSheetPage openTodaysFirstSession(Browser browser) {
        browser.click(By.cssSelector("#todayList a"));
        return new AttendanceSheetPage(browser);
    }

    public static AttendanceSheetPage open(Browser browser, long sessionId) {
        browser.go("/attendance/session.xhtml?id=" + sessionId);
        return new AttendanceSheetPage(browser);
    }

    /** A sheet the caller may only read: it says why instead of offering to save. */
    public static AttendanceSheetPage openReadOnly(Browser browser, long sessionId) {
        browser.go("/attendance/session.xhtml?id=" + sessionId);
        return new AttendanceSheetPage(browser, REFUSAL);
    }

    /** Why the sheet is read-only. */
    public String refusal() {
        return browser.driver().findElement(REFUSAL).getText();
    }

    public boolean offersSave() {
        return !browser.driver().findElements(SAVE).isEmpty();
    }

    /** Saves with the keyboard (Enter on the focused Save button); returns the message shown. */
    public String saveWithKeyboard() {
        var before = browser.driver().findElement(By.id("sheetForm:sheetMessages"));
        browser.driver().findElement(By.id("sheetForm:save")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.awaitReplaced(before);
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sheetForm\\:sheetMessages li")));
        return browser.driver().findElement(By.id("sheetForm:sheetMessages")).getText();
    }

    /** Whether keyboard focus is on the sheet's messages (after an update replaced the focused button). */
    public boolean focusIsOnTheMessages() {
        browser.waiting()
                .until(driver ->
                        !"body".equals(driver.switchTo().activeElement().getTagName()));
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.activeElement.closest('[id=\"sheetForm:sheetMessages\"]') !== null;"));
    }

    public void allPresent() {
        browser.click(By.id("sheetForm:allPresent"));
        awaitAjax();
        browser.waiting()
                .until(ExpectedConditions.elementSelectionStateToBe(By.id("sheetForm:lines:0:status:0"), true));
    }

    public void choose(int line, int choice) {
        browser.click(By.cssSelector("label[for='sheetForm:lines:" + line + ":status:" + choice + "']"));
        awaitAjax();
    }

    /** Waits until PrimeFaces has no request in flight (each tap updates the counts). */
    private void awaitAjax() {
        browser.waiting()
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public boolean isChosen(int line, int choice) {
        return browser.driver()
                .findElement(By.id("sheetForm:lines:" + line + ":status:" + choice))
                .isSelected();
    }

    public void topic(String text) {
        browser.driver().findElement(By.id("sheetForm:topic")).clear();
        browser.driver().findElement(By.id("sheetForm:topic")).sendKeys(text);
    }

    /** Saves and waits for the answer: a message in the sheet's message area. */
    public String save() {
        var before = browser.driver().findElement(By.id("sheetForm:sheetMessages"));
        browser.click(By.id("sheetForm:save"));
        browser.awaitReplaced(before);
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sheetForm\\:sheetMessages li")));
        return browser.driver().findElement(By.id("sheetForm:sheetMessages")).getText();
    }

    /** Saves without a connection: waits for the page to say that nothing was saved; returns that notice. */
    public String saveFailing() {
        browser.click(By.id("sheetForm:save"));
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)) // beyond the save's own time-out
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("saveFailed")))
                .getText();
    }

    public String retrySave() {
        var before = browser.driver().findElement(By.id("sheetForm:sheetMessages"));
        browser.click(By.id("saveRetry"));
        browser.awaitReplaced(before);
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sheetForm\\:sheetMessages li")));
        return browser.driver().findElement(By.id("sheetForm:sheetMessages")).getText();
    }

    /** The offer of marks kept on this device, or "" when the page offers none. */
    public String keptMarksOffer() {
        var offer = browser.driver().findElements(By.id("draftNotice"));
        return offer.isEmpty() || !offer.get(0).isDisplayed()
                ? ""
                : offer.get(0).getText();
    }

    public void useKeptMarks() {
        browser.click(By.id("draftRestore"));
        awaitAjax();
    }

    /** What this device keeps for the session (localStorage), as JSON, or null. */
    public String keptOnDevice(long sessionId) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return localStorage.getItem('d4u.sheet." + sessionId + "');");
    }

    /** The session's status as the page's head shows it. */
    public String sessionStatus() {
        return browser.driver().findElement(By.id("sessionStatus")).getText();
    }

    public boolean showsConflict() {
        return !browser.driver().findElements(By.id("sheetForm:conflictNotice")).isEmpty();
    }

    public String line(int line) {
        return browser.driver()
                .findElement(By.cssSelector("#sheetForm fieldset:nth-of-type(" + (line + 1) + ")"))
                .getText();
    }

    /** Adds a walk-in with minimal data and consent; returns the dialog's or the page's message. */
    public String addWalkIn(String firstName, String lastName, int birthYear) {
        browser.click(By.id("sheetForm:openWalkIn"));
        awaitAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("walkInForm:firstName")));
        browser.driver().findElement(By.id("walkInForm:firstName")).sendKeys(firstName);
        browser.driver().findElement(By.id("walkInForm:lastName")).sendKeys(lastName);
        browser.driver().findElement(By.id("walkInForm:birthYear")).sendKeys(String.valueOf(birthYear));
        browser.click(By.cssSelector("#walkInForm\\:consentGiven .ui-chkbox-box"));
        browser.click(By.id("walkInForm:addWalkIn"));
        awaitAjax();
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#walkInForm\\:walkInMessages li")));
        return browser.driver().findElement(By.id("walkInForm:walkInMessages")).getAttribute("textContent");
    }

    public int lineCount() {
        return browser.driver()
                .findElements(By.cssSelector("#sheetForm fieldset"))
                .size();
    }
}
