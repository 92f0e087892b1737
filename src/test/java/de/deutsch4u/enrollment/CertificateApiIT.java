package de.deutsch4u.enrollment;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.PdfText;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The participation certificate: units attended of units held while enrolled, scope, roles, the export log. */
@Tag("db")
@ExtendWith(TestApp.class)
class CertificateApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private long provider;
    private String teacher;
    private long courseId;
    private List<JsonObject> pastSessions;

    /** A course every day from 30 days ago to 10 days ahead, 4 units per session. */
    @BeforeEach
    void runningCourse() {
        provider = Fixtures.provider();
        teacher = Fixtures.user("TEACHER", provider);
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .text("title", "Deutsch im Alltag")
                                .text("startDate", TODAY.minusDays(30).toString())
                                .text("endDate", TODAY.plusDays(10).toString())
                                .raw(
                                        "weekdays",
                                        "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]")
                                .raw("capacity", "3")
                                .json());
        assertEquals(201, created.status(), created.body());
        courseId = id(created.json());
        pastSessions =
                Api.admin()
                        .get("/api/courses/" + courseId + "/sessions")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(s -> LocalDate.parse(s.getString("date")).isBefore(TODAY))
                        .toList();
    }

    @Test
    void shouldCountUnitsOfHeldSessionsWhileEnrolledAndThoseAttended() throws Exception {
        JsonObject s1 = pastSessions.get(0);
        JsonObject s2 = pastSessions.get(1);
        JsonObject s3 = pastSessions.get(2);
        JsonObject s4 = pastSessions.get(3);
        JsonObject cancelled = pastSessions.get(4);
        long anna = Fixtures.participant(provider);
        long bilal = Fixtures.participant(provider);
        long chen = Fixtures.participant(provider);
        long annaEnrollment = enroll(anna, TODAY.minusDays(30));
        long bilalEnrollment = enroll(bilal, TODAY.minusDays(30));
        long chenEnrollment = enroll(chen, date(s2));

        record(s1, entry(anna, "PRESENT"), entry(bilal, "PRESENT"));
        record(s2, entry(anna, "ABSENT"), entry(bilal, "PRESENT"), entry(chen, "PRESENT"));
        assertEquals(
                200,
                Api.admin()
                        .post(
                                "/api/enrollments/" + bilalEnrollment + "/withdrawal",
                                "{\"date\":\"" + date(s3) + "\",\"reason\":\"WORK\"}")
                        .status());
        record(s3, entry(anna, "PRESENT"), entry(chen, "PRESENT"));
        record(s4, entry(anna, "EXCUSED"));
        assertEquals(
                200,
                Api.admin()
                        .post("/api/sessions/" + id(cancelled) + "/cancellation", "{\"reason\":\"Krank\"}")
                        .status());

        String annas = certificateText(annaEnrollment);
        assertTrue(annas.contains("8 von 16 gehaltenen Unterrichtseinheiten"), annas);
        assertTrue(
                annas.contains(german(TODAY.minusDays(30)) + " bis " + german(TODAY)),
                "running course: until today " + annas);
        assertTrue(annas.contains("Deutsch im Alltag"), annas);
        assertTrue(annas.contains("Teilnahmebescheinigung"), annas);
        String bilals = certificateText(bilalEnrollment);
        assertTrue(bilals.contains("8 von 8 gehaltenen"), "only sessions before the withdrawal date: " + bilals);
        assertTrue(bilals.contains(german(TODAY.minusDays(30)) + " bis " + german(date(s3).minusDays(1))), bilals);
        String chens = certificateText(chenEnrollment);
        assertTrue(chens.contains("8 von 12 gehaltenen"), "only sessions from the enrollment date: " + chens);
    }

    @Test
    void shouldLogEveryCertificateAsAnExportOfThatParticipantWithIdsOnly() throws Exception {
        long anna = Fixtures.participant(provider);
        long enrollment = enroll(anna, TODAY.minusDays(30));
        String planner = Fixtures.user("PROVIDER", provider);

        HttpResponse<byte[]> pdf = Fixtures.as(planner).getBytes(certificate(enrollment));

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(pdf.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .contains("teilnahmebescheinigung-" + enrollment + ".pdf"));
        assertTrue(PdfText.of(pdf.body()).contains("0 von 0"), "nothing held yet");
        try (Connection c = TestApp.database().connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT actor, detail FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'participant' AND entity_id = ?")) {
            s.setLong(1, anna);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(planner, rs.getString("actor"));
                assertEquals("certificate, enrollmentId=" + enrollment, rs.getString("detail"));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void shouldGiveCertificatesOnlyToTheProviderAndAdmin() {
        long enrollment = enroll(Fixtures.participant(provider), TODAY.minusDays(30));
        long otherProvider = Fixtures.provider();

        assertEquals(200, Api.admin().getBytes(certificate(enrollment)).statusCode());
        assertEquals(
                200,
                Fixtures.as(Fixtures.user("PROVIDER", provider))
                        .getBytes(certificate(enrollment))
                        .statusCode());
        assertEquals(
                404,
                Fixtures.as(Fixtures.user("PROVIDER", otherProvider))
                        .getBytes(certificate(enrollment))
                        .statusCode());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .getBytes(certificate(enrollment))
                        .statusCode());
        assertEquals(403, Fixtures.as(teacher).getBytes(certificate(enrollment)).statusCode());
        assertEquals(404, Api.admin().getBytes(certificate(999_999_999)).statusCode());
        assertEquals(401, Api.anonymous().getBytes(certificate(enrollment)).statusCode());
    }

    @Test
    void shouldRefuseACertificateForSomeoneWhoNeverHadAPlace() {
        for (int i = 0; i < 3; i++) {
            enroll(Fixtures.participant(provider), TODAY.minusDays(30));
        }
        long waiting = enroll(Fixtures.participant(provider), TODAY.minusDays(30));

        Api.Response refused = Api.admin().get(certificate(waiting));

        assertEquals(409, refused.status(), refused.body());
        assertEquals("certificate.neverEnrolled", refused.json().getString("code"));
    }

    private String certificateText(long enrollment) {
        HttpResponse<byte[]> pdf = Api.admin().getBytes(certificate(enrollment));
        assertEquals(200, pdf.statusCode());
        return PdfText.of(pdf.body());
    }

    private long enroll(long participant, LocalDate from) {
        Api.Response enrolled = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participant + ",\"fromDate\":\"" + from + "\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        return id(enrolled.json());
    }

    private static void record(JsonObject session, String... entries) {
        Api.Response saved = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + id(session) + "/attendance",
                        "application/json",
                        "{\"version\":0,\"entries\":[" + String.join(",", entries) + "]}");
        assertEquals(200, saved.status(), saved.body());
    }

    private static String entry(long participant, String status) {
        return "{\"participantId\":" + participant + ",\"status\":\"" + status + "\"}";
    }

    private static String certificate(long enrollment) {
        return "/api/enrollments/" + enrollment + "/certificate";
    }

    private static LocalDate date(JsonObject session) {
        return LocalDate.parse(session.getString("date"));
    }

    private static String german(LocalDate date) {
        return date.format(GERMAN);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
