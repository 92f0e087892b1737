package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** What every page of the app has: the menu, and buttons that open a "new ..." dialog. For the page check. */
public class AnyPage {

    /** Links of the main menu, collapsed or not. */
    private static final By MENU_LINKS = By.cssSelector("nav.app-nav a[href]");
    /** Buttons such as newLocation, newUser, newParticipant (a p:linkButton to another page is an a, not a button). */
    private static final By NEW_BUTTONS = By.cssSelector("main button[id*=':new'], main button[id^='new']");

    private static final By MENU_TOGGLE = By.id("menuToggle");
    private static final By HEADER = By.cssSelector("header.app-header");
    private static final By OPEN_DIALOG =
            By.cssSelector(".ui-dialog.ui-overlay-visible, .ui-dialog[aria-hidden='false']");

    private final Browser browser;

    public AnyPage(Browser browser) {
        this.browser = browser;
    }

    public static AnyPage open(Browser browser, String path) {
        browser.go(path);
        AnyPage page = new AnyPage(browser);
        page.awaitIdle();
        return page;
    }

    /** The menu's targets as paths ("/courses/list.xhtml"), in menu order. */
    public Set<String> menuPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement link : browser.driver().findElements(MENU_LINKS)) {
            String href = link.getAttribute("href");
            if (href != null && href.startsWith("http")) {
                paths.add(href.replaceFirst("^https?://[^/]+", "").replaceFirst(";jsessionid=[^?]*", ""));
            }
        }
        return paths;
    }

    public List<String> newButtonIds() {
        return browser.driver().findElements(NEW_BUTTONS).stream()
                .filter(WebElement::isDisplayed)
                .map(button -> button.getAttribute("id"))
                .toList();
    }

    /** Clicks the button and returns the dialog it opened, or null if none opened. */
    public WebElement openDialog(String buttonId) {
        browser.click(By.id(buttonId));
        awaitIdle();
        try {
            browser.waiting()
                    .until(driver -> driver.findElements(OPEN_DIALOG).stream().anyMatch(WebElement::isDisplayed));
        } catch (org.openqa.selenium.TimeoutException e) {
            return null;
        }
        awaitIdle();
        return browser.driver().findElements(OPEN_DIALOG).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null);
    }

    public String title() {
        return browser.driver().getTitle();
    }

    /** The visible text of the whole page. */
    public String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** Menu links marked as the current page (aria-current="page"), as paths. */
    public List<String> currentMenuPaths() {
        return browser.driver().findElements(By.cssSelector("nav.app-nav a[aria-current='page']")).stream()
                .map(link -> link.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
                .toList();
    }

    public long visibleMenuLinks() {
        return browser.driver().findElements(MENU_LINKS).stream()
                .filter(WebElement::isDisplayed)
                .count();
    }

    public boolean hasMenuToggle() {
        return browser.driver().findElements(MENU_TOGGLE).stream().anyMatch(WebElement::isDisplayed);
    }

    public String menuToggleExpanded() {
        return browser.driver().findElement(MENU_TOGGLE).getAttribute("aria-expanded");
    }

    /** Tabs from the top of the page to the menu button and presses Enter, as a keyboard user would. */
    public void openMenuWithKeyboard() {
        tabUntil(MENU_TOGGLE);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    }

    public void pressEscape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    }

    public boolean menuToggleHasFocus() {
        return browser.driver()
                .findElement(MENU_TOGGLE)
                .equals(browser.driver().switchTo().activeElement());
    }

    /** Tabs from the top of the page into the menu (one tab stop, arrow keys inside); returns its outline ("3px solid"). */
    public String focusRingOfTheMenu() {
        tabUntil(By.cssSelector("nav.app-nav [role=menubar], nav.app-nav a[href]"));
        return (String)
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "const s = getComputedStyle(document.activeElement); return s.outlineWidth + ' ' + s.outlineStyle;");
    }

    public int headerHeight() {
        return browser.driver().findElement(HEADER).getRect().getHeight();
    }

    private void tabUntil(By target) {
        // Start where a keyboard user starts: at the skip link, the first stop of every page.
        ((JavascriptExecutor) browser.driver())
                .executeScript("window.scrollTo(0, 0); document.querySelector('a.skip-link').focus();");
        List<WebElement> targets = browser.driver().findElements(target);
        for (int i = 0; i < 15; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (targets.contains(browser.driver().switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    /** Loaded, no ajax request pending, no dialog animation running. */
    public void awaitIdle() {
        browser.waiting()
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript(
                                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                        + " && (!window.jQuery || jQuery(':animated').length === 0);")));
    }
}
