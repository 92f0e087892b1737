package de.deutsch4u.course;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "Courses and sessions": generation, clashes, bad input, scope, cancellation. */
@Tag("db")
@ExtendWith(TestApp.class)
class CourseApiIT {

    private long provider;
    private long location;
    private long teacher;

    @BeforeEach
    void newProvider() {
        provider = Fixtures.provider();
        location = Fixtures.location(provider);
        teacher = Fixtures.teacher(provider);
    }

    @Test
    void shouldGenerateSessionsAroundEasterHolidays() {
        // 30.3.–10.4.2026, Monday and Friday: Karfreitag (3.4.) and Ostermontag (6.4.) are skipped.
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, location, teacher)
                                .text("startDate", "2026-03-30")
                                .text("endDate", "2026-04-10")
                                .raw("weekdays", "[\"MONDAY\",\"FRIDAY\"]")
                                .json());
        assertEquals(201, created.status(), created.body());
        JsonObject course = created.json();
        assertEquals(2, course.getInt("sessionCount"));
        assertEquals(8, course.getInt("unitsPlanned"));
        assertEquals("2026-04-10", course.getString("lastSessionDate"));
        assertEquals(15, course.getInt("freePlaces"));
        long id = course.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/courses/" + id));

        JsonArray sessions = Api.admin().get("/api/courses/" + id + "/sessions").jsonArray();
        assertEquals(List.of("2026-03-30", "2026-04-10"), dates(sessions));
        JsonObject first = sessions.getJsonObject(0);
        assertEquals("09:00", first.getString("startTime"));
        assertEquals("12:00", first.getString("endTime"));
        assertEquals(4, first.getInt("units"));
        assertEquals("PLANNED", first.getString("status"));
    }

    @Test
    void shouldSkipTheProvidersClosuresAndKeepSundaysForSundayCourses() {
        Api.Response closure = Api.admin()
                .post(
                        "/api/providers/" + provider + "/closures",
                        "{\"from\":\"2026-10-05\",\"to\":\"2026-10-17\",\"reason\":\"Herbstferien\"}");
        assertEquals(201, closure.status(), closure.body());
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, location, teacher)
                                .text("startDate", "2026-09-27")
                                .text("endDate", "2026-10-25")
                                .raw("weekdays", "[\"SUNDAY\"]")
                                .json());
        assertEquals(201, created.status(), created.body());
        JsonArray sessions = Api.admin()
                .get("/api/courses/" + created.json().getJsonNumber("id") + "/sessions")
                .jsonArray();
        assertEquals(List.of("2026-09-27", "2026-10-04", "2026-10-18", "2026-10-25"), dates(sessions));
    }

    @Test
    void shouldRefuseATeacherClashNamingTheOtherCourseAndDate() {
        String first = Api.unique("Alpha am Morgen ");
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses",
                                course(provider, location, teacher)
                                        .text("title", first)
                                        .json())
                        .status());
        long otherLocation = Fixtures.location(provider);
        Api.Response clash = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, otherLocation, teacher)
                                .text("startTime", "11:00")
                                .text("endTime", "13:00")
                                .json());
        assertEquals(409, clash.status(), clash.body());
        assertEquals("course.clash", clash.json().getString("code"));
        assertTrue(clash.json().getString("message").contains(first), clash.body());
        assertTrue(clash.json().getString("message").contains("02.03.2026"), clash.body());
    }

    @Test
    void shouldTreatACourseWithoutRoomAsOccupyingTheWholeLocation() {
        long room = Fixtures.room(location, 20);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses",
                                course(provider, location, teacher)
                                        .raw("roomId", String.valueOf(room))
                                        .json())
                        .status());
        long otherTeacher = Fixtures.teacher(provider);
        Api.Response clash = Api.admin()
                .post("/api/courses", course(provider, location, otherTeacher).json());
        assertEquals(409, clash.status(), "no room: the whole location is taken");
        long otherRoom = Fixtures.room(location, 20);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses",
                                course(provider, location, otherTeacher)
                                        .raw("roomId", String.valueOf(otherRoom))
                                        .json())
                        .status(),
                "another room of the location is free");
    }

    @Test
    void shouldAllowBackToBackSessions() {
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses",
                                course(provider, location, teacher).json())
                        .status());
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses",
                                course(provider, location, teacher)
                                        .text("startTime", "12:00")
                                        .text("endTime", "14:15")
                                        .raw("unitsPerSession", "3")
                                        .json())
                        .status());
    }

    @Test
    void shouldRefuseBadInputWithAViolationPerFieldAndCreateNothing() {
        assertViolation(course(provider, location, teacher).text("endDate", "2026-02-01"), "endDate");
        assertViolation(course(provider, location, teacher).raw("weekdays", "[]"), "weekdays");
        assertViolation(course(provider, location, teacher).text("endTime", "08:00"), "endTime");
        assertViolation(course(provider, location, teacher).raw("capacity", "0"), "capacity");
        assertViolation(course(provider, location, teacher).text("endDate", "2028-03-03"), "endDate");
        assertViolation(course(provider, location, teacher).raw("locationId", "999999"), "locationId");
        assertViolation(course(provider, location, teacher).raw("teacherId", "999999"), "teacherId");
        assertViolation(course(provider, location, teacher).raw("roomId", "999999"), "roomId");
        long room = Fixtures.room(location, 10);
        assertViolation(course(provider, location, teacher).raw("roomId", String.valueOf(room)), "capacity");
        long otherProvider = Fixtures.provider();
        assertViolation(course(provider, Fixtures.location(otherProvider), teacher), "locationId");
        assertViolation(course(provider, location, Fixtures.teacher(otherProvider)), "teacherId");
        assertEquals(
                0,
                Api.admin()
                        .get("/api/courses?providerId=" + provider)
                        .jsonArray()
                        .size(),
                "nothing half-created");
    }

    @Test
    void shouldKeepCoursesInTheProvidersScope() {
        long id = created(course(provider, location, teacher));
        Api staff = Fixtures.as(Fixtures.user("PROVIDER", provider));
        Api stranger = Fixtures.as(Fixtures.user("PROVIDER", Fixtures.provider()));
        assertEquals(200, staff.get("/api/courses/" + id).status());
        assertEquals(404, stranger.get("/api/courses/" + id).status());
        assertEquals(404, stranger.get("/api/courses/" + id + "/sessions").status());
        assertEquals(
                404,
                stranger.post(
                                "/api/courses",
                                course(provider, location, teacher).json())
                        .status(),
                "another provider's providerId is outside the scope");
        assertEquals(
                200,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .get("/api/courses/" + id)
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .post(
                                "/api/courses",
                                course(provider, location, teacher).json())
                        .status());
    }

    @Test
    void shouldShowATeacherOnlyTheCoursesTheyTeach() {
        long mine = created(course(provider, location, teacher));
        long otherTeacher = Fixtures.teacher(provider);
        long notMine = created(course(provider, Fixtures.location(provider), otherTeacher));
        String username = Api.admin().get("/api/users/" + teacher).json().getString("username");
        Api me = Fixtures.as(username);
        assertEquals(200, me.get("/api/courses/" + mine).status());
        assertEquals(404, me.get("/api/courses/" + notMine).status());
        assertEquals(1, me.get("/api/courses").jsonArray().size());
    }

    @Test
    void shouldCancelACourseWithItsPlannedSessions() {
        long id = created(course(provider, location, teacher));
        Api.Response cancelled =
                Api.admin().post("/api/courses/" + id + "/cancellation", "{\"reason\":\"Zu wenige Anmeldungen\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertTrue(
                Api.admin().get("/api/courses/" + id + "/sessions").jsonArray().getValuesAs(JsonObject.class).stream()
                        .allMatch(s -> s.getString("status").equals("CANCELLED")));
        assertEquals(
                409,
                Api.admin()
                        .post("/api/courses/" + id + "/cancellation", "{\"reason\":\"x\"}")
                        .status());
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses",
                                course(provider, location, teacher).json())
                        .status(),
                "cancelled sessions never clash");
    }

    @Test
    void shouldCancelASingleSessionOnlyOnce() {
        long id = created(course(provider, location, teacher));
        long session = Api.admin()
                .get("/api/courses/" + id + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Response cancelled =
                Api.admin().post("/api/sessions/" + session + "/cancellation", "{\"reason\":\"Lehrkraft krank\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(
                409,
                Api.admin()
                        .post("/api/sessions/" + session + "/cancellation", "{\"reason\":\"x\"}")
                        .status());
    }

    @Test
    void shouldCheckSubstitutesAndMakeUpSessionsForClashes() {
        long busy = Fixtures.teacher(provider);
        created(course(provider, Fixtures.location(provider), busy));
        long id = created(course(provider, location, teacher));
        long session = Api.admin()
                .get("/api/courses/" + id + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Response clash = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + session + "/substitute",
                        "application/json",
                        "{\"teacherId\":" + busy + "}");
        assertEquals(409, clash.status(), clash.body());
        long free = Fixtures.teacher(provider);
        Api.Response substituted = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + session + "/substitute",
                        "application/json",
                        "{\"teacherId\":" + free + "}");
        assertEquals(200, substituted.status(), substituted.body());
        assertEquals(
                free, substituted.json().getJsonNumber("substituteTeacherId").longValue());
        String freeName = Api.admin().get("/api/users/" + free).json().getString("username");
        assertEquals(200, Fixtures.as(freeName).get("/api/courses/" + id).status(), "the substitute sees the course");

        Api.Response makeup = Api.admin()
                .post(
                        "/api/courses/" + id + "/sessions",
                        "{\"date\":\"2026-03-02\",\"startTime\":\"10:00\",\"endTime\":\"11:30\",\"units\":2}");
        assertEquals(409, makeup.status(), "the teacher already teaches then: " + makeup.body());
        Api.Response friday = Api.admin()
                .post(
                        "/api/courses/" + id + "/sessions",
                        "{\"date\":\"2026-03-06\",\"startTime\":\"09:00\",\"endTime\":\"12:00\",\"units\":4}");
        assertEquals(201, friday.status(), friday.body());
        assertTrue(friday.json().getBoolean("makeup"));
    }

    @Test
    void shouldRegenerateOnlyFuturePlannedSessionsWhenThePatternChanges() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long id = created(course(provider, location, teacher)
                .text("startDate", today.minusDays(21).toString())
                .text("endDate", today.plusDays(35).toString())
                .raw("weekdays", "[\"MONDAY\",\"WEDNESDAY\"]"));
        List<JsonObject> before =
                Api.admin().get("/api/courses/" + id + "/sessions").jsonArray().getValuesAs(JsonObject.class);
        JsonObject futureOne = before.stream()
                .filter(s -> LocalDate.parse(s.getString("date")).isAfter(today))
                .findFirst()
                .orElseThrow();
        assertEquals(
                200,
                Api.admin()
                        .post(
                                "/api/sessions/" + futureOne.getJsonNumber("id") + "/cancellation",
                                "{\"reason\":\"Raum belegt\"}")
                        .status());
        int version = Api.admin().get("/api/courses/" + id).json().getInt("version");

        Api.Response changed = Api.admin()
                .send(
                        "PUT",
                        "/api/courses/" + id,
                        "application/json",
                        course(provider, location, teacher)
                                .text("startDate", today.minusDays(21).toString())
                                .text("endDate", today.plusDays(35).toString())
                                .raw("weekdays", "[\"TUESDAY\"]")
                                .raw("version", String.valueOf(version))
                                .json());
        assertEquals(200, changed.status(), changed.body());

        List<JsonObject> after =
                Api.admin().get("/api/courses/" + id + "/sessions").jsonArray().getValuesAs(JsonObject.class);
        List<String> pastBefore = before.stream()
                .filter(s -> !LocalDate.parse(s.getString("date")).isAfter(today))
                .map(s -> s.getString("date"))
                .toList();
        List<String> pastAfter = after.stream()
                .filter(s -> !LocalDate.parse(s.getString("date")).isAfter(today))
                .map(s -> s.getString("date"))
                .toList();
        assertEquals(pastBefore, pastAfter, "sessions up to today are never regenerated");
        assertTrue(
                after.stream()
                        .anyMatch(s -> s.getString("date").equals(futureOne.getString("date"))
                                && s.getString("status").equals("CANCELLED")),
                "a cancelled session stays");
        assertTrue(
                after.stream()
                        .filter(s -> LocalDate.parse(s.getString("date")).isAfter(today))
                        .filter(s -> s.getString("status").equals("PLANNED"))
                        .allMatch(s ->
                                LocalDate.parse(s.getString("date")).getDayOfWeek() == java.time.DayOfWeek.TUESDAY),
                after.toString());

        Api.Response stale = Api.admin()
                .send(
                        "PUT",
                        "/api/courses/" + id,
                        "application/json",
                        course(provider, location, teacher)
                                .raw("version", String.valueOf(version))
                                .json());
        assertEquals(409, stale.status(), "a stale version changes nothing");
    }

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousBookingsOfOneTeacherSucceed() throws Exception {
        long otherLocation = Fixtures.location(provider);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> Api.admin()
                    .post("/api/courses", course(provider, location, teacher).json())
                    .status());
            var second = pool.submit(() -> Api.admin()
                    .post(
                            "/api/courses",
                            course(provider, otherLocation, teacher).json())
                    .status());
            assertEquals(
                    List.of(201, 409),
                    java.util.stream.Stream.of(first.get(), second.get())
                            .sorted()
                            .toList());
        } finally {
            pool.shutdown();
        }
    }

    private long created(de.deutsch4u.testsupport.CourseJson json) {
        Api.Response created = Api.admin().post("/api/courses", json.json());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static void assertViolation(de.deutsch4u.testsupport.CourseJson json, String field) {
        Api.Response response = Api.admin().post("/api/courses", json.json());
        assertEquals(400, response.status(), field + ": " + response.body());
        assertTrue(
                response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(v -> v.getString("field").equals(field)),
                field + ": " + response.body());
    }

    private static List<String> dates(JsonArray sessions) {
        return sessions.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("date"))
                .toList();
    }
}
