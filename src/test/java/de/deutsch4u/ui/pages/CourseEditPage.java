package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.openqa.selenium.By;
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

    public CourseEditPage plan(String title, String location, String teacher, LocalDate start, LocalDate end,
                               DayOfWeek... weekdays) {
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

    public String preview() {
        browser.click(By.id("courseForm:showPreview"));
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("courseForm:previewText"))).getText();
    }

    public CourseDetailPage save() {
        browser.click(By.id("courseForm:save"));
        browser.waiting().until(ExpectedConditions.urlContains("/courses/detail.xhtml"));
        return new CourseDetailPage(browser);
    }
}
