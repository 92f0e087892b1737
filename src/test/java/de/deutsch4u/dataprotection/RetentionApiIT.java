package de.deutsch4u.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.CourseJson;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §7 "Retention": RETENTION_YEARS (default 5) after the last course, POST /api/retention/run. */
@Tag("db")
@ExtendWith(TestApp.class)
class RetentionApiIT {

    @Test
    void shouldEraseWhoseLastCourseEndedMoreThanFiveYearsAgoAndOnlyThem() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long provider = Fixtures.provider();
        long old = enrolledIn(
                provider, today.minusYears(5).minusDays(40), today.minusYears(5).minusDays(1));
        long recent = enrolledIn(
                provider, today.minusYears(5).minusDays(30), today.minusYears(5).plusDays(1));

        JsonObject dry = Api.admin().post("/api/retention/run?dryRun=true", "").json();
        assertTrue(dry.getBoolean("dryRun"));
        assertTrue(dry.getInt("due") >= 1, dry.toString());
        assertEquals(0, dry.getInt("erased"));
        assertEquals(200, Api.admin().get("/api/participants/" + old).status(), "a dry run erases nobody");

        JsonObject run = Api.admin().post("/api/retention/run?dryRun=false", "").json();
        assertEquals(false, run.getBoolean("dryRun"));
        assertEquals(run.getInt("due"), run.getInt("erased"));
        assertTrue(run.getInt("erased") >= 1, run.toString());
        Api.Response erased = Api.admin().get("/api/participants/" + old);
        assertEquals(404, erased.status());
        assertEquals("participant.erased", erased.json().getString("code"));
        assertEquals(
                200,
                Api.admin().get("/api/participants/" + recent).status(),
                "its last course ended less than 5 years ago");
        assertTrue(Api.admin()
                .get("/api/audit?entity=participant&entityId=" + old)
                .body()
                .contains("\"action\":\"ERASE\""));
        assertEquals(
                0, Api.admin().post("/api/retention/run?dryRun=true", "").json().getInt("due"));
    }

    @Test
    void shouldLetOnlyAdminRunItAndRefuseBadValues() {
        long provider = Fixtures.provider();
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROVIDER", provider))
                        .post("/api/retention/run?dryRun=true", "")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .post("/api/retention/run?dryRun=true", "")
                        .status());
        Api.Response bad = Api.admin().post("/api/retention/run?dryRun=maybe", "");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("\"field\":\"dryRun\""), bad.body());
    }

    /** A new participant enrolled in a new course from {@code start} to {@code end} (entered from paper records). */
    private static long enrolledIn(long provider, LocalDate start, LocalDate end) {
        Api.Response course = Api.admin()
                .post(
                        "/api/courses",
                        CourseJson.course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .text("startDate", start.toString())
                                .text("endDate", end.toString())
                                .raw("weekdays", "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]")
                                .json());
        assertEquals(201, course.status(), course.body());
        long participant = Fixtures.participant(provider);
        Api.Response enrolled = Api.admin()
                .post(
                        "/api/courses/" + course.json().getJsonNumber("id") + "/enrollments",
                        "{\"participantId\":" + participant + ",\"fromDate\":\"" + start + "\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        return participant;
    }
}
