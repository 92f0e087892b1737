package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;

/** Contract §6 on the pages: deactivation ends a signed-in session, passwords are changed and reset. */
class AccountBrowserIT extends BrowserTest {

    @Test
    void shouldSendADeactivatedAccountsSignedInSessionToTheLoginPage() {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        browser.go("/attendance/today.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/attendance/today.xhtml"));

        Api.Response deactivated = Api.admin().send("PUT", "/api/users/" + Fixtures.userId(teacher), "application/json",
                "{\"displayName\":\"Test TEACHER\",\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated.body());

        browser.go("/attendance/today.xhtml");
        assertTrue(new LoginPage(browser).isShown(), "the very next page request of the old session needs a login");
    }
}
