package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /index.xhtml: the start page of each role, with the navigation. */
public class StartPage {

    private final Browser browser;

    public StartPage(Browser browser) {
        this.browser = browser;
    }

    public String welcomeText() {
        return browser.driver().findElement(By.id("welcome")).getText();
    }

    public boolean offersProviders() {
        return !browser.driver().findElements(By.id("cardProviders")).isEmpty();
    }

    public boolean offersUsers() {
        return !browser.driver().findElements(By.id("cardUsers")).isEmpty();
    }

    /** The count of the start page task with this id (unrecordedSessions, monthsToClose, openMonths ...), or -1 when not shown. */
    public long taskCount(String id) {
        var items = browser.driver().findElements(By.cssSelector("#" + id + " .task-count"));
        return items.isEmpty() ? -1 : Long.parseLong(items.get(0).getText().strip());
    }

    /**
     * The count of one line of a task (e.g. task "freePlacesWithWaitingList", line of course 12), or -1 when the task
     * has no such line.
     */
    public long taskLine(String taskId, long lineId) {
        var counts = browser.driver().findElements(By.cssSelector("#" + taskId + "-" + lineId + " .task-line-count"));
        return counts.isEmpty() ? -1 : Long.parseLong(counts.get(0).getText().strip());
    }

    /** Whether the task says that there is nothing to do. */
    public boolean saysNothingToDo(String taskId) {
        var empty = browser.driver().findElements(By.cssSelector("#" + taskId + " .empty-state"));
        return !empty.isEmpty()
                && empty.get(0).isDisplayed()
                && !empty.get(0).getText().isBlank();
    }

    /** Follows the link of a task's line; returns the address of the page it opened. */
    public String openTaskLine(String taskId, long lineId) {
        String before = browser.driver().getCurrentUrl();
        browser.click(By.cssSelector("#" + taskId + "-" + lineId + " a"));
        browser.waiting().until(driver -> !driver.getCurrentUrl().equals(before));
        return browser.driver().getCurrentUrl();
    }

    /** The teacher's count beside "Heute" (todayCount) or "Noch nicht erfasst" (overdueCount). */
    public int sessionCount(String countId) {
        return Integer.parseInt(
                browser.driver().findElement(By.id(countId)).getText().strip());
    }

    /** The ids of the sessions a teacher's list links to (todayList, overdueList), in the order shown. */
    public java.util.List<Long> sessionLinks(String listId) {
        return browser.driver().findElements(By.cssSelector("#" + listId + " a")).stream()
                .map(link -> Long.parseLong(link.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1")))
                .toList();
    }

    /** Follows a teacher's link to the sheet of a session in the list. */
    public void openSession(String listId, long sessionId) {
        browser.click(By.cssSelector("#" + listId + " a[href*='id=" + sessionId + "']"));
        browser.waiting().until(ExpectedConditions.urlContains("/attendance/session.xhtml"));
    }

    /** Follows the programme's link to the dashboard; true when the dashboard opened. */
    public boolean opensDashboard() {
        var links = browser.driver().findElements(By.id("toDashboard"));
        if (links.isEmpty()) {
            return false;
        }
        browser.click(By.id("toDashboard"));
        browser.waiting().until(ExpectedConditions.urlContains("/reports/dashboard"));
        return true;
    }

    public LoginPage signOut() {
        browser.driver().findElement(By.id("headerForm:logout")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        return new LoginPage(browser);
    }

    public void switchLanguage() {
        var button = browser.driver().findElement(By.id("headerForm:language"));
        button.click();
        browser.awaitReplaced(button); // the page came back in the other language
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }
}
