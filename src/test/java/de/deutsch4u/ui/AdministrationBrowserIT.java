package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.ProvidersPage;
import de.deutsch4u.ui.pages.StartPage;
import de.deutsch4u.ui.pages.UsersPage;
import org.junit.jupiter.api.Test;

/** The first steps of a new installation: admin creates a provider and its first account, who signs in. */
class AdministrationBrowserIT extends BrowserTest {

    @Test
    void shouldCreateAProviderAndAProviderUserWhoThenSignsIn() {
        String provider = Api.unique("Familienzentrum Fulda ");
        String username = Api.unique("fz-fulda-");
        LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);

        ProvidersPage providers = ProvidersPage.open(browser);
        providers.create(provider, "Fulda");
        assertTrue(providers.tableText().contains("Fulda"));

        UsersPage users = UsersPage.open(browser);
        users.create(username, "Amina Yusuf", "ein-sicheres-passwort", "Träger", provider);
        assertTrue(users.tableText().contains("Amina Yusuf"));
        new StartPage(browser).signOut();

        StartPage start = LoginPage.open(browser).signInAs(username, "ein-sicheres-passwort");
        assertTrue(start.welcomeText().contains(provider), start.welcomeText());
        assertTrue(start.offersUsers(), "a provider manages its teachers");
        assertFalse(start.offersProviders(), "a provider does not administer providers");
    }

    @Test
    void shouldExplainATooShortPasswordNextToTheField() {
        LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        String message = UsersPage.open(browser).createWithShortPassword(Api.unique("kurz-"));
        assertTrue(message.contains("mindestens 12 Zeichen"), message);
    }

    @Test
    void shouldWorkInAPhoneSizedWindow() {
        browser.asPhone();
        StartPage start = LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        assertTrue(start.offersProviders());
        ProvidersPage providers = ProvidersPage.open(browser);
        String name = Api.unique("Handy-Träger ");
        providers.create(name, "Kassel");
        assertTrue(providers.tableText().contains(name));
    }
}
