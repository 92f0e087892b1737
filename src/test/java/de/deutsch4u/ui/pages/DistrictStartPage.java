package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /index.xhtml of a DISTRICT account: its area's courses, each with "Vermitteln" and the referral dialog. */
public class DistrictStartPage {

    private final Browser browser;

    private DistrictStartPage(Browser browser) {
        this.browser = browser;
    }

    public static DistrictStartPage open(Browser browser) {
        browser.go("/index.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("keyFigures")));
        return new DistrictStartPage(browser);
    }

    public String coursesText() {
        return browser.driver()
                .findElement(By.id("districtCoursesForm:districtCourses"))
                .getText();
    }

    /** Refers a person to the course with the title, with the person's consent; waits until the dialog has closed. */
    public void refer(String courseTitle, String firstName, String lastName, String phone, String birthYear) {
        browser.click(By.xpath("//tbody[@id='districtCoursesForm:districtCourses_data']/tr[contains(., '" + courseTitle
                + "')]//button[contains(@id, ':refer')]"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("referForm:firstName")));
        type("referForm:firstName", firstName);
        type("referForm:lastName", lastName);
        type("referForm:phone", phone);
        type("referForm:birthYear", birthYear);
        browser.click(By.cssSelector("[id='referForm:consentGiven'] .ui-chkbox-box"));
        browser.click(By.id("referForm:sendReferral"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("referForm:firstName")));
    }

    private void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
