package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.ui.pages.AuditTrailPage;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.ParticipantDetailPage;
import de.deutsch4u.ui.pages.ParticipantListPage;
import de.deutsch4u.ui.pages.RetentionPage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

/** Issue 13 in the browser: a list that drops no one, the erasure with its confirmation, the trail, retention. */
class DataProtectionBrowserIT extends BrowserTest {

    @Test
    void shouldPageThroughEveryParticipantAndEraseOneAfterConfirmation() throws Exception {
        long provider = Fixtures.provider();
        try (Connection db = TestApp.database().connect();
                PreparedStatement insert = db.prepareStatement("""
                INSERT INTO participant (provider_id, first_name, last_name, birth_year, gender, country_of_origin,
                  consent_date, consent_recorded_by, consent_text_version, created_at)
                VALUES (?, 'Rana', ?, 1995, 'FEMALE', 'AF', CURRENT_DATE, 'admin', '2026-11', NOW())""")) {
            for (int i = 1; i <= 30; i++) {
                insert.setLong(1, provider);
                insert.setString(2, String.format("Zaman-%02d", i));
                insert.executeUpdate();
            }
        }
        String staff = Fixtures.user("PROVIDER", provider);
        LoginPage.open(browser).signInAs(staff, Fixtures.PASSWORD);
        ParticipantListPage list = ParticipantListPage.open(browser);
        assertTrue(list.table().contains("Zaman-01") && !list.table().contains("Zaman-30"), list.table());
        assertTrue(list.lastPage().contains("Zaman-30"), "the last of 30 on the second page");

        long erased = Api.admin()
                .get("/api/participants?providerId=" + provider + "&q=Zaman-07")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        ParticipantDetailPage detail = ParticipantDetailPage.open(browser, erased);
        assertTrue(detail.offersExport());
        String after = detail.erase("Antrag der Person vom heutigen Tag");
        assertFalse(after.contains("Zaman-07"), after);
        assertEquals(404, Api.admin().get("/api/participants/" + erased).status());
        assertEquals(
                "29",
                Api.admin().get("/api/participants?providerId=" + provider).header("X-Total-Count"));
    }

    @Test
    void shouldShowTheTrailFilteredByUserAndTheRetentionPage() {
        long provider = Fixtures.provider();
        long participant = Fixtures.participant(provider);
        String staff = Fixtures.user("PROVIDER", provider);
        assertEquals(
                200, Fixtures.as(staff).get("/api/participants/" + participant).status());

        LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
        String entries = AuditTrailPage.open(browser).filterByUser(staff);
        assertTrue(entries.contains("angesehen") && entries.contains("Teilnehmende Person " + participant), entries);
        assertEquals("Aufbewahrungsfristen", RetentionPage.open(browser).heading());
    }
}
