package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.ui.pages.AnyPage;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.StartPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out on the pages (form login). */
class LoginBrowserIT extends BrowserTest {

    @Test
    void shouldShowAGermanErrorForAWrongPassword() {
        LoginPage login = LoginPage.open(browser).signInFailing("admin", "not-the-password");
        assertTrue(login.errorText().contains("Anmeldung fehlgeschlagen"), login.errorText());
        assertEquals("Anmeldung", login.heading());
    }

    @Test
    void shouldReachTheAdminStartPage() {
        StartPage start = LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        assertTrue(start.welcomeText().contains("Administration"), start.welcomeText());
        assertTrue(start.offersProviders());
        assertTrue(start.offersUsers());
    }

    @Test
    void shouldSendAProtectedPageToTheLoginAndContinueThereAfterwards() {
        browser.go("/providers/list.xhtml");
        LoginPage login = new LoginPage(browser);
        assertTrue(login.isShown());
        login.signInAs("admin", TestApp.ADMIN_PASSWORD);
        browser.waiting().until(ExpectedConditions.urlContains("/providers/list.xhtml"));
    }

    @Test
    void shouldSignOut() {
        LoginPage login = LoginPage.open(browser)
                .signInAs("admin", TestApp.ADMIN_PASSWORD)
                .signOut();
        assertTrue(login.showsLoggedOutNotice());
        browser.go("/index.xhtml");
        assertTrue(new LoginPage(browser).isShown(), "after logout the start page needs a login again");
    }

    @Test
    void shouldSwitchToEnglish() {
        StartPage start = LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        start.switchLanguage();
        assertTrue(start.welcomeText().startsWith("Welcome"), start.welcomeText());
        start.switchLanguage();
        assertTrue(start.welcomeText().startsWith("Willkommen"), start.welcomeText());
    }

    @Test
    void shouldNotLeakATechnicalErrorOnAnUnknownPage() {
        LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        String page = AnyPage.open(browser, "/no-such-page.xhtml").text();
        assertTrue(page.contains("Seite nicht gefunden"), page);
        assertFalse(page.contains("Exception") || page.contains("at de.deutsch4u"), page);
    }
}
