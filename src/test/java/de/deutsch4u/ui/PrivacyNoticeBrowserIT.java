package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.PrivacyNoticePage;
import org.junit.jupiter.api.Test;

/** The data-protection notice to print at registration: right to left in Arabic, with the provider's name. */
class PrivacyNoticeBrowserIT extends BrowserTest {

    @Test
    void shouldShowTheNoticeInArabicRightToLeftAndInTigrinya() {
        long provider = Fixtures.provider();
        String providerName =
                Api.admin().get("/api/providers/" + provider).json().getString("name");
        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);

        PrivacyNoticePage arabic = PrivacyNoticePage.open(browser, "/participants/privacy.xhtml?lang=ar");
        assertEquals("rtl", arabic.direction());
        assertEquals("ar", arabic.language());
        assertTrue(arabic.text().contains("حماية البيانات"), arabic.text());
        assertTrue(arabic.text().contains(providerName), "names the controller");

        PrivacyNoticePage tigrinya = PrivacyNoticePage.open(browser, "/participants/privacy.xhtml?lang=ti");
        assertEquals("ltr", tigrinya.direction());
        assertTrue(tigrinya.text().contains("ምክልኻል ዳታ"), tigrinya.text());
    }

    @Test
    void shouldOpenTheNoticeInTheInterfacesLanguage() {
        LoginPage.open(browser)
                .signInAs(Fixtures.user("PROVIDER", Fixtures.provider()), Fixtures.PASSWORD)
                .switchLanguage();
        PrivacyNoticePage notice = PrivacyNoticePage.open(browser, "/participants/privacy.xhtml");
        assertEquals("en", notice.language(), "an English interface opens the English notice");
    }

    @Test
    void shouldGiveTheParticipantAQrCodeOfThePublicNoticeInTheirLanguage() {
        long provider = Fixtures.provider();
        String providerName =
                Api.admin().get("/api/providers/" + provider).json().getString("name");
        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);

        PrivacyNoticePage staff = PrivacyNoticePage.open(browser, "/participants/privacy.xhtml?lang=fa");
        String link = staff.qrCodeText();
        assertEquals(staff.publicLink(), link, "the QR code holds the link printed next to it");
        assertTrue(link.endsWith("/datenschutz?lang=fa&provider=" + provider), link);

        browser.driver().manage().deleteAllCookies(); // the participant's phone: nobody signed in
        PrivacyNoticePage participant = PrivacyNoticePage.open(browser, link.substring(link.indexOf("/datenschutz")));
        assertEquals("fa", participant.language());
        assertEquals("rtl", participant.direction());
        assertTrue(participant.text().contains(providerName), "names the controller");
        assertFalse(participant.hasSessionCookie(), "an anonymous reader of /datenschutz gets no session");

        PrivacyNoticePage ukrainian = PrivacyNoticePage.open(browser, "/datenschutz?lang=uk");
        assertEquals("ltr", ukrainian.direction());
        assertTrue(ukrainian.text().contains("…"), "without a provider the name is left open");
        assertFalse(ukrainian.hasSessionCookie());
    }
}
