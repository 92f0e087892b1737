package de.deutsch4u.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "participants": names in any script, ISO country codes, consent, scope. */
@Tag("db")
@ExtendWith(TestApp.class)
class ParticipantApiIT {

    @Test
    void shouldStoreNamesInAnyScriptExactlyAndCountryCodesInUpperCase() {
        long provider = Fixtures.provider();
        String lastName = Api.unique("ተስፋይ-");
        Api.Response created = Api.admin()
                .post(
                        "/api/participants",
                        "{\"providerId\":" + provider
                                + ",\"firstName\":\"مريم\",\"lastName\":\"" + lastName
                                + "\",\"birthYear\":1988,\"gender\":\"FEMALE\","
                                + "\"countryOfOrigin\":\"er\",\"nationality\":\"XX\",\"consentGiven\":true,\"firstLanguages\":\"Tigrinya\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject participant = created.json();
        assertEquals("مريم", participant.getString("firstName"));
        assertEquals(lastName, participant.getString("lastName"));
        assertEquals("ER", participant.getString("countryOfOrigin"));
        assertTrue(participant.getBoolean("amifEligible"));
        long id = participant.getJsonNumber("id").longValue();
        assertEquals("مريم", Api.admin().get("/api/participants/" + id).json().getString("firstName"));
        assertTrue(Api.admin()
                .get("/api/participants?providerId=" + provider + "&q=" + lastName.substring(0, 4))
                .body()
                .contains("\"id\":" + id + ","));
    }

    /** German offices need the name as in the passport: an optional Latin-script name beside the own script's. */
    @Test
    void shouldKeepALatinScriptNameBesideANameInArabicScriptAndFindThePersonByIt() {
        long provider = Fixtures.provider();
        // Letters only (a Latin-script name has no digits): the unique number spelled with letters a-j.
        String latin = "Amal Haddad-"
                + Api.unique("")
                        .chars()
                        .mapToObj(d -> String.valueOf((char) ('a' + d - '0')))
                        .collect(java.util.stream.Collectors.joining());
        Api.Response created = Api.admin()
                .post(
                        "/api/participants",
                        "{\"providerId\":" + provider
                                + ",\"firstName\":\"أمل\",\"lastName\":\"حداد\",\"latinName\":\"" + latin
                                + "\",\"birthYear\":1990,"
                                + "\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\",\"consentGiven\":true}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(latin, Api.admin().get("/api/participants/" + id).json().getString("latinName"));
        assertTrue(
                Api.admin()
                        .get("/api/participants?providerId=" + provider + "&q=" + latin.substring(5))
                        .body()
                        .contains("\"id\":" + id + ","),
                "found by the Latin-script name");

        Api.Response arabic = Api.admin()
                .post(
                        "/api/participants",
                        "{\"providerId\":" + provider
                                + ",\"firstName\":\"أمل\",\"lastName\":\"حداد\",\"latinName\":\"أمل\",\"birthYear\":1990,"
                                + "\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\",\"consentGiven\":true}");
        assertEquals(400, arabic.status(), arabic.body());
        assertTrue(arabic.body().contains("\"field\":\"latinName\""), arabic.body());
    }

    @Test
    void shouldRefuseMissingConsentBadYearsAndUnknownCountries() {
        long provider = Fixtures.provider();
        Api.Response response = Api.admin()
                .post(
                        "/api/participants",
                        "{\"providerId\":" + provider
                                + ",\"firstName\":\"A\",\"lastName\":\"B\",\"birthYear\":2999,\"gender\":\"MALE\",\"countryOfOrigin\":\"QQ\","
                                + "\"nationality\":\"ZZ\",\"consentGiven\":false}");
        assertEquals(400, response.status());
        String body = response.body();
        for (String field : new String[] {"birthYear", "countryOfOrigin", "nationality", "consentGiven"}) {
            assertTrue(body.contains("\"field\":\"" + field + "\""), field + " in " + body);
        }
        assertEquals(
                400,
                Api.admin()
                        .post(
                                "/api/participants",
                                "{\"providerId\":" + provider + ",\"firstName\":\""
                                        + "x".repeat(101)
                                        + "\",\"lastName\":\"B\",\"birthYear\":1899,\"gender\":\"MALE\",\"countryOfOrigin\":\"SY\","
                                        + "\"consentGiven\":true}")
                        .status());
        assertFalse(
                Api.admin()
                        .get("/api/participants?providerId=" + provider)
                        .body()
                        .contains("\"lastName\":\"B\""),
                "nothing saved");
    }

    @Test
    void shouldCorrectDataAndRefuseAStaleVersion() {
        long provider = Fixtures.provider();
        long id = Fixtures.participant(provider);
        JsonObject read = Api.admin().get("/api/participants/" + id).json();
        String body = "{\"firstName\":\"Amaal\",\"lastName\":\"" + read.getString("lastName") + "\",\"birthYear\":1991,"
                + "\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\",\"nationality\":\"SY\",\"version\":"
                + read.getInt("version") + "}";
        Api.Response corrected = Api.admin().send("PUT", "/api/participants/" + id, "application/json", body);
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("Amaal", corrected.json().getString("firstName"));
        assertEquals(1991, corrected.json().getInt("birthYear"));

        Api.Response stale =
                Api.admin().send("PUT", "/api/participants/" + id, "application/json", body.replace("Amaal", "Amala"));
        assertEquals(409, stale.status(), "the second correction with the old version is refused");
        assertEquals(
                "Amaal",
                Api.admin().get("/api/participants/" + id).json().getString("firstName"),
                "nothing overwritten");
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .send("PUT", "/api/participants/" + id, "application/json", body)
                        .status());
    }

    @Test
    void shouldNeverRefuseADuplicateThroughTheApi() {
        long provider = Fixtures.provider();
        String body =
                "{\"providerId\":" + provider + ",\"firstName\":\"Olena\",\"lastName\":\"Koval\",\"birthYear\":1985,"
                        + "\"gender\":\"FEMALE\",\"countryOfOrigin\":\"UA\",\"consentGiven\":true}";
        assertEquals(201, Api.admin().post("/api/participants", body).status());
        assertEquals(201, Api.admin().post("/api/participants", body).status());
    }
}
