package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.security.SignInThrottlingIT;
import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.ui.pages.ChangePasswordPage;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.UsersPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract §6 on the pages: deactivation ends a signed-in session, passwords are changed and reset. */
class AccountBrowserIT extends BrowserTest {

    @Test
    void shouldSendADeactivatedAccountsSignedInSessionToTheLoginPage() {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        browser.go("/attendance/today.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/attendance/today.xhtml"));

        Api.Response deactivated = Api.admin()
                .send(
                        "PUT",
                        "/api/users/" + Fixtures.userId(teacher),
                        "application/json",
                        "{\"displayName\":\"Test TEACHER\",\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated.body());

        browser.go("/attendance/today.xhtml");
        assertTrue(new LoginPage(browser).isShown(), "the very next page request of the old session needs a login");
    }

    @Test
    void shouldChangeTheOwnPasswordFromTheHeader() {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        ChangePasswordPage page = ChangePasswordPage.openFromHeader(browser);
        assertFalse(page.asksForANewPassword(), "no reset, so no demand");
        String refused = page.changeFailing(Fixtures.PASSWORD, "passwort1234");
        assertTrue(refused.contains("verbreitet"), refused);
        new ChangePasswordPage(browser)
                .change(Fixtures.PASSWORD, "Mein-Unterricht-in-Marburg")
                .signOut()
                .signInAs(teacher, "Mein-Unterricht-in-Marburg");
    }

    @Test
    void shouldResetAPasswordOnAPhoneAndForceTheChangeAtTheNextSignIn() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        browser.asPhone();
        LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        UsersPage users = UsersPage.open(browser).filter(providerName(provider), "Lehrkraft", null);
        users.awaitUsernames(List.of(teacher));
        String temporary = users.resetPassword(teacher);
        assertTrue(temporary.length() >= 12, temporary);
        assertTrue(users.openDialogFitsWindow("resetDialog"));
        users.closeResetDialog();
        browser.driver().manage().deleteAllCookies();

        LoginPage.open(browser).signInAs(teacher, temporary);
        ChangePasswordPage change = new ChangePasswordPage(browser).shown();
        assertTrue(change.asksForANewPassword());
        browser.go("/attendance/today.xhtml");
        assertTrue(new ChangePasswordPage(browser).shown().isShown(), "every page leads to the change form");
        change.change(temporary, "Eigenes-Passwort-nach-Reset");
        browser.go("/attendance/today.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/attendance/today.xhtml"));
    }

    @Test
    void shouldAskBeforeDeactivatingInTheEditDialogOnAPhone() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        String colleague = Fixtures.user("TEACHER", provider);
        browser.asPhone();
        LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        UsersPage users = UsersPage.open(browser).filter(providerName(provider), null, null);
        users.awaitUsernames(List.of(teacher, colleague));
        String question = users.deactivate(teacher);
        assertTrue(question.contains("wirklich deaktivieren"), question);
        assertTrue(users.openDialogFitsWindow("editDialog"));
        users.confirmDeactivation();
        users.filter(null, null, "deaktiviert").awaitUsernames(List.of(teacher));
        assertEquals(401, Fixtures.as(teacher).get("/api/courses").status());
    }

    @Test
    void shouldCountFormAndApiFailuresTogetherAndTellALockedAccountWhenToTryAgain() throws Exception {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    401,
                    Api.as(teacher, "wrong-password-xyz").get("/api/courses").status());
        }
        for (int i = 0; i < 2; i++) {
            LoginPage.open(browser).signInFailing(teacher, "wrong-password-xyz");
        }
        assertEquals(429, Fixtures.as(teacher).get("/api/courses").status(), "three API and two form failures lock");
        String message = LoginPage.open(browser)
                .signInFailing(teacher, Fixtures.PASSWORD)
                .errorText();
        assertTrue(message.contains("gesperrt") && message.matches("(?s).*\\d\\d:\\d\\d Uhr.*"), message);
        assertEquals(5, SignInThrottlingIT.auditCount(teacher, "SIGN_IN_FAILED"));
    }

    @Test
    void shouldAuditSignInAndSignOutOnThePages() throws Exception {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD).signOut();
        assertEquals(1, SignInThrottlingIT.auditCount(teacher, "SIGN_IN"));
        assertEquals(1, SignInThrottlingIT.auditCount(teacher, "SIGN_OUT"));
    }

    private static String providerName(long providerId) {
        return Api.admin().get("/api/providers/" + providerId).json().getString("name");
    }
}
