package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Chooses an option of a PrimeFaces selectOneMenu by its visible label. */
final class Select {

    private Select() {
    }

    static void choose(Browser browser, String menuId, String label) {
        browser.click(By.id(menuId));
        By item = By.xpath("//*[@id='" + menuId + "_items']//li[@data-label='" + label + "']");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }
}
