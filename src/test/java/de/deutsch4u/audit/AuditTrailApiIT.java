package de.deutsch4u.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §7 "Audit trail": GET /api/audit, its scope, its words, and the VIEW entries of API responses with names. */
@Tag("db")
@ExtendWith(TestApp.class)
class AuditTrailApiIT {

    @Test
    void shouldLogAViewForEveryApiResponseThatShowsAName() {
        long provider = Fixtures.provider();
        long course = Fixtures.courseWithOnePresence(
                provider,
                "Kurs mit Protokoll",
                LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(20),
                10);
        long participant = Api.admin()
                .get("/api/courses/" + course + "/enrollments")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("participantId")
                .longValue();
        String staff = Fixtures.user("PROVIDER", provider);
        Api api = Fixtures.as(staff);
        assertEquals(200, api.get("/api/participants").status());
        assertEquals(200, api.get("/api/participants/" + participant).status());
        assertEquals(
                200, api.get("/api/courses/" + course + "/attendance-summary").status());

        String trail = Api.admin()
                .get("/api/audit?entity=participant&entityId=" + participant + "&username=" + staff)
                .body();
        for (String where : new String[] {"participant list", "GET /api/courses/" + course + "/attendance-summary"}) {
            assertTrue(trail.contains("\"new\":\"" + where + "\""), where + " in " + trail);
        }
        JsonArray views = Api.admin()
                .get("/api/audit?entity=participant&entityId=" + participant + "&username=" + staff)
                .jsonArray();
        assertEquals(3, views.size(), trail);
        views.forEach(v -> {
            assertEquals("VIEW", v.asJsonObject().getString("action"));
            assertEquals("participant", v.asJsonObject().getString("entity"));
            assertEquals(participant, v.asJsonObject().getJsonNumber("entityId").longValue());
            assertEquals(staff, v.asJsonObject().getString("username"));
        });
        assertTrue(!trail.contains("Amal") && !trail.contains("Haddad"), "ids, never names: " + trail);
    }

    @Test
    void shouldShowAProviderOnlyItsOwnEntriesNewestFirstWithOldAndNewValues() {
        long providerA = Fixtures.provider();
        long providerB = Fixtures.provider();
        long participant = Fixtures.participant(providerA);
        JsonObject read = Api.admin().get("/api/participants/" + participant).json();
        String correction =
                "{\"providerId\":" + providerA + ",\"firstName\":\"Amal\",\"lastName\":\"" + read.getString("lastName")
                        + "\",\"birthYear\":1991,\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\",\"nationality\":\"SY\",\"version\":"
                        + read.getInt("version") + "}";
        assertEquals(
                200,
                Api.admin()
                        .send("PUT", "/api/participants/" + participant, "application/json", correction)
                        .status());

        String staffA = Fixtures.user("PROVIDER", providerA);
        Api.Response own = Fixtures.as(staffA).get("/api/audit?entity=participant&entityId=" + participant);
        assertEquals(200, own.status(), own.body());
        JsonArray entries = own.jsonArray();
        assertEquals(entries.size(), Integer.parseInt(own.header("X-Total-Count")));
        JsonObject newest = entries.getJsonObject(0);
        assertEquals("CHANGE", newest.getString("action"), own.body());
        assertTrue(
                newest.getJsonArray("changes").stream()
                        .anyMatch(c -> c.asJsonObject().getString("field").equals("birthYear")
                                && c.asJsonObject().getString("old").equals("1990")
                                && c.asJsonObject().getString("new").equals("1991")),
                own.body());
        assertEquals("CREATE", entries.getJsonObject(entries.size() - 1).getString("action"));
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(
                    entries.getJsonObject(i - 1)
                                    .getString("at")
                                    .compareTo(entries.getJsonObject(i).getString("at"))
                            >= 0,
                    "newest first");
        }

        String staffB = Fixtures.user("PROVIDER", providerB);
        assertEquals(
                "0",
                Fixtures.as(staffB)
                        .get("/api/audit?entity=participant&entityId=" + participant)
                        .header("X-Total-Count"));
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", providerA))
                        .get("/api/audit")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null)).get("/api/audit").status());
        assertEquals(401, Api.anonymous().get("/api/audit").status());
    }

    @Test
    void shouldUseTheContractsWordsAndRefuseBadFilters() {
        Api.Response all = Api.admin().get("/api/audit?limit=500");
        assertEquals(200, all.status(), all.body());
        all.jsonArray().forEach(e -> {
            assertTrue(AuditVocabulary.ACTIONS.contains(e.asJsonObject().getString("action")), e.toString());
            assertTrue(AuditVocabulary.ENTITIES.contains(e.asJsonObject().getString("entity")), e.toString());
        });
        assertEquals(400, Api.admin().get("/api/audit?entity=room").status());
        assertEquals(
                400, Api.admin().get("/api/audit?from=2026-03-02&to=2026-03-01").status());
        assertEquals(400, Api.admin().get("/api/audit?limit=501").status());
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        assertEquals(
                200,
                Api.admin()
                        .get("/api/audit?from=" + today + "&to=" + today + "&username=admin")
                        .status());
    }
}
