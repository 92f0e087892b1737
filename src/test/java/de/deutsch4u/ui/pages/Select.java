package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chooses an option of a PrimeFaces selectOneMenu by its visible label. A click on an option while the
 * menu's panel is still fading in can be lost on a busy machine (the option only shows as hovered, seen
 * in CI), or land on a neighbour while a long list scrolls, so the option is scrolled into the middle of
 * the list first, and one that did not take (label not showing it, or the panel still open) is clicked
 * again, up to three times.
 */
final class Select {

    private static final int ATTEMPTS = 3;

    private Select() {}

    static void choose(Browser browser, String menuId, String label) {
        choose(browser, menuId, "@data-label='" + label + "'", label);
    }

    /** For labels with a unique beginning, e.g. a person's name before the year of birth. */
    static void chooseStartingWith(Browser browser, String menuId, String labelStart) {
        choose(browser, menuId, "starts-with(@data-label, '" + labelStart + "')", labelStart);
    }

    private static void choose(Browser browser, String menuId, String optionCondition, String expectedLabel) {
        By panel = By.id(menuId + "_panel");
        By option = By.xpath("//*[@id='" + menuId + "_items']//li[" + optionCondition + "]");
        for (int attempt = 1; ; attempt++) {
            if (browser.driver().findElements(panel).stream().noneMatch(p -> p.isDisplayed())) {
                browser.click(By.id(menuId));
            }
            WebElement item = browser.waiting().until(ExpectedConditions.elementToBeClickable(option));
            // Scroll the list, not the page: PrimeFaces closes the panel when the page scrolls.
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var list = arguments[0].closest('.ui-selectonemenu-items-wrapper');"
                                    + " if (list) { list.scrollTop = arguments[0].offsetTop - list.clientHeight / 2; }",
                            item);
            try {
                item.click();
            } catch (ElementClickInterceptedException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            try {
                // Both: the label alone may already show the option before the click (a preset default).
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.and(
                                ExpectedConditions.textToBePresentInElementLocated(
                                        By.id(menuId + "_label"), expectedLabel),
                                ExpectedConditions.invisibilityOfElementLocated(panel)));
                return;
            } catch (TimeoutException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
