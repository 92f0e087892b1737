package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /users/list.xhtml */
public class UsersPage {

    private final Browser browser;

    private UsersPage(Browser browser) {
        this.browser = browser;
    }

    public static UsersPage open(Browser browser) {
        browser.go("/users/list.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("usersForm:users")));
        return new UsersPage(browser);
    }

    public void create(String username, String displayName, String password, String role, String provider) {
        openDialog();
        fill(username, displayName, password);
        Select.choose(browser, "userForm:role", role);
        if (provider != null) {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:providerId")));
            Select.choose(browser, "userForm:providerId", provider);
        }
        browser.click(By.id("userForm:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:users"), username));
    }

    /** Submits the dialog with a too short password and returns the message next to the field. */
    public String createWithShortPassword(String username) {
        openDialog();
        fill(username, "Kurz", "kurz");
        browser.click(By.id("userForm:save"));
        By message = By.cssSelector("[id='userForm:password'] ~ .ui-message-error, .ui-message-error");
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(message))
                .getText();
    }

    /** Shows only the accounts of that provider (ADMIN), with that role and that status label ("aktiv"). */
    public UsersPage filter(String provider, String role, String status) {
        if (provider != null) {
            Select.choose(browser, "usersForm:filterProvider", provider);
        }
        if (role != null) {
            Select.choose(browser, "usersForm:filterRole", role);
        }
        if (status != null) {
            Select.choose(browser, "usersForm:filterActive", status);
        }
        return this;
    }

    /** Waits until the table lists exactly these usernames (in any order), after a filter's ajax update. */
    public void awaitUsernames(java.util.List<String> usernames) {
        java.util.List<String> expected = usernames.stream().sorted().toList();
        browser.waiting()
                .withMessage(() -> "usernames " + expected + ", shown " + shownUsernames())
                .until(driver -> shownUsernames().equals(expected));
    }

    /** The username cells' own text: on a phone the table reflows and each cell also holds its column title. */
    @SuppressWarnings("unchecked")
    private java.util.List<String> shownUsernames() {
        java.util.List<String> shown =
                (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return Array.from(document.querySelectorAll(\"[id='usersForm:users_data'] > tr > td:first-child\"))"
                                        + ".map(td => Array.from(td.childNodes).filter(n => n.nodeType === 3)"
                                        + ".map(n => n.textContent).join('').trim());");
        return shown.stream().sorted().toList();
    }

    /** Opens the edit dialog, clears "active" and saves; returns the confirmation the dialog asks. */
    public String deactivate(String username) {
        rowButton(username, "edit");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:displayName")));
        browser.click(By.cssSelector("[id='editForm:active'] .ui-chkbox-box"));
        browser.click(By.id("editForm:save"));
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:confirmDeactivation")))
                .getText();
    }

    public void confirmDeactivation() {
        browser.click(By.id("editForm:confirmDeactivate"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
    }

    /** Resets the account's password (after the confirmation) and returns the temporary password shown once. */
    public String resetPassword(String username) {
        rowButton(username, "reset");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        String password = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("resetForm:temporaryPassword")))
                .getText();
        return password;
    }

    public void closeResetDialog() {
        browser.click(By.id("resetForm:done"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("resetDialog")));
    }

    /** Whether the open dialog lies wholly inside the window (contract §9: it fits or scrolls inside). */
    public boolean openDialogFitsWindow(String dialogId) {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + "return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;",
                        dialogId);
        return Boolean.TRUE.equals(fits);
    }

    private void rowButton(String username, String button) {
        browser.click(By.xpath("//tbody[@id='usersForm:users_data']/tr[td[text()[normalize-space(.)='" + username
                + "']]]//button[contains(@id, ':" + button + "')]"));
    }

    public String tableText() {
        return browser.driver().findElement(By.id("usersForm:users")).getText();
    }

    private void openDialog() {
        browser.click(By.id("usersForm:newUser"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username")));
    }

    private void fill(String username, String displayName, String password) {
        browser.driver().findElement(By.id("userForm:username")).sendKeys(username);
        browser.driver().findElement(By.id("userForm:displayName")).sendKeys(displayName);
        browser.driver().findElement(By.id("userForm:password")).sendKeys(password);
    }
}
