package de.deutsch4u.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §11, referrals: create, list per role, accept (enrolled or waitlisted), decline, 409 twice, audit. */
@Tag("db")
@ExtendWith(TestApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private long provider;
    private long course;
    private Api district;
    private Api providerStaff;

    @BeforeAll
    void aCourseInOffenbach() {
        provider = Fixtures.provider();
        course = course(provider, Fixtures.location(provider, 3), 10);
        district = Fixtures.as(Fixtures.districtUser(3));
        providerStaff = Fixtures.as(Fixtures.user("PROVIDER", provider));
    }

    @Test
    void shouldCreateAnOpenReferralOnlyWithConsentAndOnlyInItsDistricts() {
        Api.Response created = district.post("/api/referrals", referral(course, "Amina", "true", null));
        assertEquals(201, created.status(), created.body());
        assertEquals("OPEN", created.json().getString("status"));
        assertEquals(course, created.json().getJsonNumber("courseId").longValue());
        assertNotNull(created.header("Location"));

        for (String consent : List.of("false", "null")) {
            Api.Response refused = district.post("/api/referrals", referral(course, "Amina", consent, null));
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("\"field\":\"consentGiven\""), refused.body());
        }
        long wiesbaden = course(provider, Fixtures.location(provider, 4), 10);
        assertEquals(
                404,
                district.post("/api/referrals", referral(wiesbaden, "Amina", "true", null))
                        .status());
        assertEquals(
                404,
                district.post("/api/referrals", referral(999999, "Amina", "true", null))
                        .status());
        assertEquals(
                403,
                providerStaff
                        .post("/api/referrals", referral(course, "Amina", "true", null))
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .post("/api/referrals", referral(course, "Amina", "true", null))
                        .status());
    }

    @Test
    void shouldListReferralsToEachRoleInItsScope() {
        String lastName = Api.unique("Listung-");
        long id = create(district, course, lastName, null);
        assertTrue(district.get("/api/referrals").body().contains(lastName), "the referrer sees its own");
        assertTrue(district.get("/api/referrals?status=OPEN").body().contains(lastName));
        assertFalse(district.get("/api/referrals?status=DECLINED").body().contains(lastName));
        assertEquals(400, district.get("/api/referrals?status=MAYBE").status());
        assertFalse(
                Fixtures.as(Fixtures.districtUser(3))
                        .get("/api/referrals")
                        .body()
                        .contains(lastName),
                "another account of the same district sees only its own");
        assertEquals(
                404,
                Fixtures.as(Fixtures.districtUser(3))
                        .get("/api/referrals/" + id)
                        .status());
        assertTrue(providerStaff.get("/api/referrals").body().contains(lastName), "the course's provider sees it");
        assertFalse(Fixtures.as(Fixtures.user("PROVIDER", Fixtures.provider()))
                .get("/api/referrals")
                .body()
                .contains(lastName));
        assertEquals(
                404,
                Fixtures.as(Fixtures.user("PROVIDER", Fixtures.provider()))
                        .get("/api/referrals/" + id)
                        .status());
        assertTrue(Api.admin().get("/api/referrals").body().contains(lastName));
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .get("/api/referrals")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", provider))
                        .get("/api/referrals")
                        .status());
    }

    @Test
    void shouldAcceptIntoTheCourseAndShowTheReferrerOnlyTheOutcome() {
        String lastName = Api.unique("Annahme-");
        long id = create(district, course, lastName, 1991);
        Api.Response accepted = providerStaff.post("/api/referrals/" + id + "/acceptance", "{}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        long participant = accepted.json().getJsonNumber("participantId").longValue();

        JsonObject person = Api.admin().get("/api/participants/" + participant).json();
        assertEquals(lastName, person.getString("lastName"));
        assertEquals(1991, person.getInt("birthYear"));
        assertTrue(
                Api.admin()
                        .get("/api/courses/" + course + "/enrollments")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(e -> e.getJsonNumber("participantId").longValue() == participant
                                && e.getString("status").equals("ENROLLED")),
                "enrolled through the enrollment service");

        JsonObject seen = district.get("/api/referrals/" + id).json();
        assertEquals("ACCEPTED", seen.getString("status"));
        assertEquals(course, seen.getJsonNumber("courseId").longValue());
        assertFalse(
                seen.toString().contains("participantId") || seen.toString().contains("enrollmentId"),
                "the referrer never gets the participant record: " + seen);
        assertEquals(403, district.get("/api/participants/" + participant).status());

        Api.Response again = providerStaff.post("/api/referrals/" + id + "/acceptance", "{}");
        assertEquals(409, again.status(), again.body());
        assertEquals("referral.notOpen", again.json().getString("code"));
        assertEquals(
                409,
                providerStaff
                        .post("/api/referrals/" + id + "/decline", "{\"reason\":\"voll\"}")
                        .status());
        assertEquals(
                403, district.post("/api/referrals/" + id + "/acceptance", "{}").status());
    }

    @Test
    void shouldAcceptWithoutABodyAndWaitlistWhenTheCourseIsFull() {
        long full = course(provider, Fixtures.location(provider, 3), 1);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + full + "/enrollments",
                                "{\"participantId\":" + Fixtures.participant(provider) + "}")
                        .status());
        long id = create(district, full, Api.unique("Warteliste-"), 1985);
        Api.Response accepted = providerStaff.send("POST", "/api/referrals/" + id + "/acceptance", null, null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("WAITLISTED", accepted.json().getString("status"));
        assertEquals("WAITLISTED", district.get("/api/referrals/" + id).json().getString("status"));
    }

    /** Contract §11: the minimal referral is enough to accept; what the office did not ask stays unknown. */
    @Test
    void shouldAcceptTheMinimalReferralWithTheBirthYearUnknown() {
        long id = create(district, course, Api.unique("Ohne-Jahr-"), null);
        Api.Response accepted = providerStaff.post("/api/referrals/" + id + "/acceptance", "{}");
        assertEquals(200, accepted.status(), accepted.body());
        JsonObject person = providerStaff
                .get("/api/participants/"
                        + accepted.json().getJsonNumber("participantId").longValue())
                .json();
        assertTrue(!person.containsKey("birthYear") || person.isNull("birthYear"), person.toString());
        assertEquals(
                400,
                providerStaff
                        .post(
                                "/api/referrals/" + create(district, course, Api.unique("Jahr-"), null) + "/acceptance",
                                "{\"birthYear\":1850}")
                        .status(),
                "a given birth year is still checked");
    }

    @Test
    void shouldTakeAnExistingParticipantOfTheProviderOnly() {
        long id = create(district, course, Api.unique("Vorhanden-"), null);

        long foreign = Fixtures.participant(Fixtures.provider());
        Api.Response otherProvider =
                providerStaff.post("/api/referrals/" + id + "/acceptance", "{\"participantId\":" + foreign + "}");
        assertEquals(400, otherProvider.status(), otherProvider.body());
        assertTrue(otherProvider.body().contains("\"field\":\"participantId\""), otherProvider.body());

        long existing = Fixtures.participant(provider);
        Api.Response matched =
                providerStaff.post("/api/referrals/" + id + "/acceptance", "{\"participantId\":" + existing + "}");
        assertEquals(200, matched.status(), matched.body());
        assertEquals(existing, matched.json().getJsonNumber("participantId").longValue());
    }

    @Test
    void shouldDeclineWithAReasonThatTheReferrerSees() {
        long id = create(district, course, Api.unique("Absage-"), null);
        Api.Response noReason = providerStaff.post("/api/referrals/" + id + "/decline", "{}");
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        Api.Response declined =
                providerStaff.post("/api/referrals/" + id + "/decline", "{\"reason\":\"Kurs passt nicht zum Niveau\"}");
        assertEquals(200, declined.status(), declined.body());
        assertEquals("DECLINED", declined.json().getString("status"));
        JsonObject seen =
                district.get("/api/referrals?status=DECLINED").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getJsonNumber("id").longValue() == id)
                        .findFirst()
                        .orElseThrow();
        assertEquals("Kurs passt nicht zum Niveau", seen.getString("declineReason"));
        Api.Response twice = providerStaff.post("/api/referrals/" + id + "/decline", "{\"reason\":\"nochmal\"}");
        assertEquals(409, twice.status());
        assertTrue(twice.json().getString("message").contains("bereits entschieden"), twice.body());
    }

    @Test
    void shouldAuditCreationDecisionAndEveryViewOfTheReferralsPersonalData() {
        long id = create(district, course, Api.unique("Protokoll-"), 1990);
        district.get("/api/referrals");
        providerStaff.get("/api/referrals/" + id);
        assertEquals(
                200,
                providerStaff.post("/api/referrals/" + id + "/acceptance", "{}").status());
        List<JsonObject> trail = Api.admin()
                .get("/api/audit?entity=referral&entityId=" + id)
                .jsonArray()
                .getValuesAs(JsonObject.class);
        List<String> actions = trail.stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("CREATE"), actions.toString());
        assertTrue(actions.contains("CHANGE"), actions.toString());
        assertTrue(
                trail.stream().filter(e -> e.getString("action").equals("VIEW")).count() >= 2, actions.toString());
        assertTrue(
                providerStaff
                                .get("/api/audit?entity=referral&entityId=" + id)
                                .jsonArray()
                                .size()
                        >= 3,
                "the provider sees the trail of referrals to its courses");
    }

    @Test
    void shouldDeleteDeclinedAndUndecidedReferralsAfterTheRetentionPeriod() throws Exception {
        long oldDeclined = create(district, course, Api.unique("Alt-Abgelehnt-"), null);
        long recentDeclined = create(district, course, Api.unique("Neu-Abgelehnt-"), null);
        long oldOpen = create(district, course, Api.unique("Alt-Offen-"), null);
        long recentOpen = create(district, course, Api.unique("Neu-Offen-"), null);
        for (long id : List.of(oldDeclined, recentDeclined)) {
            assertEquals(
                    200,
                    providerStaff
                            .post("/api/referrals/" + id + "/decline", "{\"reason\":\"kein Platz\"}")
                            .status());
        }
        try (Connection db = TestApp.database().connect();
                Statement sql = db.createStatement()) {
            sql.executeUpdate(
                    "UPDATE referral SET decided_at = UTC_TIMESTAMP() - INTERVAL 5 YEAR - INTERVAL 2 DAY WHERE id = "
                            + oldDeclined);
            sql.executeUpdate(
                    "UPDATE referral SET created_at = UTC_TIMESTAMP() - INTERVAL 5 YEAR - INTERVAL 2 DAY WHERE id = "
                            + oldOpen);
        }
        assertEquals(200, Api.admin().get("/api/referrals/" + oldDeclined).status(), "a dry run deletes nothing");
        assertEquals(200, Api.admin().post("/api/retention/run?dryRun=true", "").status());
        assertEquals(200, Api.admin().get("/api/referrals/" + oldDeclined).status());

        assertEquals(
                200, Api.admin().post("/api/retention/run?dryRun=false", "").status());
        assertEquals(404, Api.admin().get("/api/referrals/" + oldDeclined).status());
        assertEquals(404, Api.admin().get("/api/referrals/" + oldOpen).status());
        assertEquals(200, Api.admin().get("/api/referrals/" + recentDeclined).status());
        assertEquals(200, Api.admin().get("/api/referrals/" + recentOpen).status());
        assertTrue(Api.admin()
                .get("/api/audit?entity=referral&entityId=" + oldDeclined)
                .body()
                .contains("\"action\":\"DELETE\""));
    }

    @Test
    void shouldEraseTheReferralsCopyOfTheDataWithItsParticipant() {
        String lastName = Api.unique("Loeschung-");
        long id = create(district, course, lastName, 1979);
        long participant = providerStaff
                .post("/api/referrals/" + id + "/acceptance", "{}")
                .json()
                .getJsonNumber("participantId")
                .longValue();
        Api.Response erased =
                Api.admin().post("/api/participants/" + participant + "/erasure", "{\"reason\":\"Antrag\"}");
        assertEquals(200, erased.status(), erased.body());
        Api.Response after = Api.admin().get("/api/referrals/" + id);
        assertEquals(200, after.status());
        assertFalse(
                after.body().contains(lastName)
                        || after.body().contains("0151")
                        || after.body().contains("1979"),
                after.body());
        assertEquals("ACCEPTED", district.get("/api/referrals/" + id).json().getString("status"), "the outcome stays");
    }

    private static long course(long providerId, long locationId, int capacity) {
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        de.deutsch4u.testsupport.CourseJson.course(providerId, locationId, Fixtures.teacher(providerId))
                                .text("startDate", TODAY.toString())
                                .text("endDate", TODAY.plusDays(40).toString())
                                .raw("capacity", String.valueOf(capacity))
                                .json());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long create(Api district, long courseId, String lastName, Integer birthYear) {
        Api.Response created = district.post("/api/referrals", referral(courseId, lastName, "true", birthYear));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String referral(long courseId, String lastName, String consent, Integer birthYear) {
        return "{\"courseId\":" + courseId + ",\"firstName\":\"Amina\",\"lastName\":\"" + lastName + "\","
                + "\"phone\":\"0151 2345678\",\"languages\":\"Arabisch, Kurdisch\",\"note\":\"vormittags\","
                + (birthYear == null ? "" : "\"birthYear\":" + birthYear + ",") + "\"consentGiven\":" + consent + "}";
    }
}
