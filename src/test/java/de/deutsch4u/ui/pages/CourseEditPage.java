package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /courses/edit.xhtml */
public class CourseEditPage {

    private final Browser browser;

    private CourseEditPage(Browser browser) {
        this.browser = browser;
    }

    public static CourseEditPage open(Browser browser) {
        browser.go("/courses/edit.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("courseForm:title")));
        return new CourseEditPage(browser);
    }

    public CourseEditPage plan(
            String title, String location, String teacher, LocalDate start, LocalDate end, DayOfWeek... weekdays) {
        browser.driver().findElement(By.id("courseForm:title")).sendKeys(title);
        Select.choose(browser, "courseForm:locationId", location);
        Select.choose(browser, "courseForm:teacherId", teacher);
        DateInput.type(browser, "courseForm:startDate", start);
        DateInput.type(browser, "courseForm:endDate", end);
        for (DayOfWeek day : weekdays) {
            browser.click(By.cssSelector("label[for='courseForm:weekdays:" + (day.getValue() - 1) + "']"));
        }
        return this;
    }

    public CourseEditPage approvedUnits(int units) {
        WebElement input = browser.driver().findElement(By.id("courseForm:approvedUnits_input"));
        input.clear();
        input.sendKeys(String.valueOf(units));
        return this;
    }

    public String approvedUnitsValue() {
        return browser.driver()
                .findElement(By.id("courseForm:approvedUnits_input"))
                .getAttribute("value");
    }

    /** Save on a form with errors: the page stays and shows them. */
    public CourseEditPage saveExpectingErrors() {
        browser.click(By.id("courseForm:save"));
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#courseForm .ui-message-error")));
        return this;
    }

    /** The error text shown below a field, empty when there is none. */
    public String fieldError(String field) {
        return browser.driver().findElements(By.cssSelector("[id='courseForm:" + field + "Message']")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public String preview() {
        browser.click(By.id("courseForm:showPreview"));
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("courseForm:previewText")))
                .getText();
    }

    public CourseDetailPage save() {
        browser.click(By.id("courseForm:save"));
        browser.waiting().until(ExpectedConditions.urlContains("/courses/detail.xhtml"));
        return new CourseDetailPage(browser);
    }

    /** A mouse click in the middle of a weekday's label: it lands on whatever lies on top there. */
    public CourseEditPage clickWeekdayLabel(DayOfWeek day) {
        WebElement label = browser.driver()
                .findElement(By.cssSelector("label[for='courseForm:weekdays:" + (day.getValue() - 1) + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        new Actions(browser.driver()).moveToElement(label).click().perform();
        return this;
    }

    public List<String> checkedWeekdays() {
        return browser.driver().findElements(By.cssSelector("input[name='courseForm:weekdays']:checked")).stream()
                .map(input -> input.getAttribute("value"))
                .toList();
    }

    /** Whether the calendar button of the date field lies on the same line, right of the field. */
    public boolean datePickerButtonBesideField(String field) {
        WebElement input = browser.driver().findElement(By.id("courseForm:" + field + "_input"));
        WebElement button =
                browser.driver().findElement(By.cssSelector("[id='courseForm:" + field + "'] .ui-datepicker-trigger"));
        return button.getRect().getY()
                        < input.getRect().getY() + input.getRect().getHeight()
                && button.getRect().getX()
                        >= input.getRect().getX() + input.getRect().getWidth() - 1;
    }
}
