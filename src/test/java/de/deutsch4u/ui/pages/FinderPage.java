package de.deutsch4u.ui.pages;

import de.deutsch4u.ui.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** /kurse, the public course finder (no login). */
public class FinderPage {

    private static final By RESULTS = By.id("results");
    private static final By CARDS = By.cssSelector("#results > li");

    private final Browser browser;

    public FinderPage(Browser browser) {
        this.browser = browser;
    }

    public static FinderPage open(Browser browser, String query) {
        browser.go("/kurse" + query);
        return new FinderPage(browser).shown();
    }

    /** From the login page's link. */
    public static FinderPage fromLoginPage(Browser browser) {
        browser.go("/login.xhtml");
        browser.click(By.id("finderLink"));
        FinderPage page = new FinderPage(browser).shown();
        browser.driver().manage().deleteAllCookies(); // the login page's session; /kurse must not start another
        return page;
    }

    private FinderPage shown() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(RESULTS));
        return this;
    }

    public FinderPage search(String words, String level) {
        WebElement search = browser.driver().findElement(By.id("q"));
        search.clear();
        search.sendKeys(words);
        new Select(browser.driver().findElement(By.id("level"))).selectByValue(level);
        WebElement results = browser.driver().findElement(RESULTS);
        browser.click(By.id("search"));
        browser.awaitReplaced(results);
        return shown();
    }

    public FinderPage switchLanguage() {
        return follow(By.id("otherLanguage"));
    }

    public FinderPage nextPage() {
        return follow(By.id("nextPage"));
    }

    public FinderPage previousPage() {
        return follow(By.id("previousPage"));
    }

    private FinderPage follow(By link) {
        WebElement results = browser.driver().findElement(RESULTS);
        browser.click(link);
        browser.awaitReplaced(results);
        return shown();
    }

    /** "Kurse 1–20 von 21", or "" when all results fit on one page. */
    public String pagePosition() {
        return browser.driver().findElements(By.id("pagePosition")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public boolean hasLink(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public String searchText() {
        return browser.driver().findElement(By.id("q")).getAttribute("value");
    }

    public String resultCount() {
        return browser.driver().findElement(By.id("resultCount")).getText();
    }

    /** The text of each result card, in order. */
    public List<String> cards() {
        return browser.driver().findElements(CARDS).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The width in CSS pixels of the narrowest value (dd) on the result cards. */
    public long narrowestDetailWidth() {
        return browser.driver().findElements(By.cssSelector(".finder-card dd")).stream()
                .mapToLong(dd -> dd.getRect().getWidth())
                .min()
                .orElseThrow();
    }

    public String mapLink(long courseId) {
        return browser.driver()
                .findElement(By.cssSelector("#course-" + courseId + " a.finder-map"))
                .getAttribute("href");
    }

    public String flyerLink(long courseId) {
        return browser.driver().findElement(By.id("flyer-" + courseId)).getAttribute("href");
    }

    public boolean hasSessionCookie() {
        return browser.driver().manage().getCookieNamed("JSESSIONID") != null;
    }

    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;"));
    }
}
