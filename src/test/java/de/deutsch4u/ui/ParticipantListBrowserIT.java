package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.ParticipantListPage;
import org.junit.jupiter.api.Test;

/** The participants list shows a name in Arabic script with its Latin-script spelling beside it. */
class ParticipantListBrowserIT extends BrowserTest {

    @Test
    void shouldShowTheLatinScriptNameBesideTheOriginalAndFindThePersonByIt() {
        long provider = Fixtures.provider();
        Api.Response created = Api.admin()
                .post(
                        "/api/participants",
                        "{\"providerId\":" + provider
                                + ",\"firstName\":\"أمل\",\"lastName\":\"خطيب\",\"latinName\":\"Amal Khatib\",\"birthYear\":1990,"
                                + "\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\",\"consentGiven\":true}");
        assertEquals(201, created.status(), created.body());
        Fixtures.participant(provider); // a second person, whom the search leaves out

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        ParticipantListPage list = ParticipantListPage.open(browser);
        assertTrue(list.table().contains("خطيب") && list.table().contains("(Amal Khatib)"), list.table());
        assertTrue(list.search("khatib").contains("(Amal Khatib)"), "found by the Latin-script name");
    }
}
