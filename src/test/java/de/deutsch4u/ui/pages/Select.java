package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chooses an option of a PrimeFaces selectOneMenu by its visible label. A click on an option while the
 * menu's panel is still fading in can be lost on a busy machine (the option only shows as hovered, seen
 * in CI), so an option that did not take is clicked again, up to three times.
 */
final class Select {

    private static final int ATTEMPTS = 3;

    private Select() {
    }

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
            browser.waiting().until(ExpectedConditions.elementToBeClickable(option)).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(ExpectedConditions
                        .textToBePresentInElementLocated(By.id(menuId + "_label"), expectedLabel));
                break;
            } catch (TimeoutException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }
}
