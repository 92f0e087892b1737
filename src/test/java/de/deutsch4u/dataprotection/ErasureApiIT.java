package de.deutsch4u.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §7 "erasure": names, contact, birth year and notes gone for good; every report figure unchanged. */
@Tag("db")
@ExtendWith(TestApp.class)
class ErasureApiIT {

    private static final String[] GROUPS = {"course", "location", "provider", "district", "region"};

    @Test
    void shouldEraseThePersonForGoodAndKeepEveryReportFigure() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long provider = Fixtures.provider();
        long course = Fixtures.courseWithOnePresence(provider, "Kurs vor der Löschung", today.minusDays(20), 10);
        long person = Api.admin()
                .get("/api/courses/" + course + "/enrollments")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("participantId")
                .longValue();
        JsonObject read = Api.admin().get("/api/participants/" + person).json();
        String lastName = read.getString("lastName");
        String correction = "{\"providerId\":" + provider + ",\"firstName\":\"Amira\",\"lastName\":\"" + lastName
                + "\",\"latinName\":\"Amira Latinova\",\"birthYear\":2008,\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\",\"nationality\":\"SY\","
                + "\"phone\":\"0151 1234567\",\"languageLevel\":\"A2\",\"version\":" + read.getInt("version") + "}";
        assertEquals(
                200,
                Api.admin()
                        .send("PUT", "/api/participants/" + person, "application/json", correction)
                        .status());
        long other = Fixtures.participant(provider);
        Map<String, String> before = allReports(today);
        String staff = Fixtures.user("PROVIDER", provider);

        Api.Response erased = Fixtures.as(staff)
                .post("/api/participants/" + person + "/erasure", "{\"reason\":\"Antrag nach Art. 17\"}");
        assertEquals(200, erased.status(), erased.body());

        Map<String, String> after = allReports(today);
        before.forEach((report, figures) -> assertEquals(figures, after.get(report), report));
        Api.Response gone = Api.admin().get("/api/participants/" + person);
        assertEquals(404, gone.status());
        assertEquals("participant.erased", gone.json().getString("code"));
        assertEquals(
                404, Api.admin().get("/api/participants/" + person + "/export").status());
        String list =
                Api.admin().get("/api/participants?providerId=" + provider).body();
        assertFalse(list.contains("\"id\":" + person + ","), list);
        assertTrue(list.contains("\"id\":" + other + ","), list);
        assertEquals(
                "1", Api.admin().get("/api/participants?providerId=" + provider).header("X-Total-Count"));

        String trail = Api.admin()
                .get("/api/audit?entity=participant&entityId=" + person)
                .body();
        assertTrue(trail.contains("\"action\":\"ERASE\""), trail);
        for (String erasedValue :
                new String[] {"Amira", "Amal", "Latinova", lastName, "2008", "1990", "0151 1234567"}) {
            assertFalse(trail.contains(erasedValue), erasedValue + " still in " + trail);
        }
        assertTrue(trail.contains("\"field\":\"languageLevel\""), "the change itself stays: " + trail);
        String enrollments =
                Api.admin().get("/api/courses/" + course + "/enrollments").body();
        assertTrue(enrollments.contains("\"participantId\":" + person), "enrollments stay for the figures");
        assertFalse(enrollments.contains(lastName), enrollments);
        assertEquals(
                404,
                Fixtures.as(staff)
                        .post("/api/participants/" + person + "/erasure", "{\"reason\":\"noch einmal\"}")
                        .status());
    }

    @Test
    void shouldEraseOnlyForAdminAndThePersonsProviderWithAReason() {
        long provider = Fixtures.provider();
        long person = Fixtures.participant(provider);
        String path = "/api/participants/" + person + "/erasure";
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", provider))
                        .post(path, "{\"reason\":\"x\"}")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .post(path, "{\"reason\":\"x\"}")
                        .status());
        assertEquals(
                404,
                Fixtures.as(Fixtures.user("PROVIDER", Fixtures.provider()))
                        .post(path, "{\"reason\":\"x\"}")
                        .status());
        Api.Response noReason = Api.admin().post(path, "{}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        assertEquals(200, Api.admin().get("/api/participants/" + person).status(), "nothing erased");
        assertEquals(200, Api.admin().post(path, "{\"reason\":\"Antrag\"}").status());
    }

    /** Every usage report grouping and the participant statistics, this year and last, by funding line too. */
    private static Map<String, String> allReports(LocalDate today) {
        Map<String, String> reports = new LinkedHashMap<>();
        List<String> periods = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            periods.add("from=" + year + "-01-01&to=" + year + "-12-31");
        }
        periods.add("from=" + today.minusDays(60) + "&to=" + today);
        for (String period : periods) {
            for (String fundingLine : new String[] {"", "&fundingLine=STATE", "&fundingLine=AMIF"}) {
                for (String group : GROUPS) {
                    String path = "/api/reports/usage?" + period + "&groupBy=" + group + fundingLine;
                    Api.Response usage = Api.admin().get(path);
                    assertEquals(200, usage.status(), path + ": " + usage.body());
                    reports.put(path, usage.body().replaceAll("\"producedAt\":\"[^\"]*\",?", ""));
                }
                String statistics = "/api/reports/participants?" + period + fundingLine;
                Api.Response response = Api.admin().get(statistics);
                assertEquals(200, response.status(), statistics + ": " + response.body());
                reports.put(statistics, response.body());
            }
        }
        return reports;
    }
}
