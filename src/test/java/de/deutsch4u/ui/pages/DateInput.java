package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Types a German date into a PrimeFaces datePicker, as a person does, and closes its calendar panel. */
final class DateInput {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DateInput() {}

    /** @param pickerId the datePicker's client id, e.g. "reportForm:from" */
    static void type(Browser browser, String pickerId, LocalDate date) {
        String inputId = pickerId + "_input";
        WebElement input = browser.driver().findElement(By.id(inputId));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date.format(GERMAN), Keys.TAB);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id(inputId), "value", date.format(GERMAN)));
        browser.driver().findElement(By.tagName("h1")).click();
    }
}
