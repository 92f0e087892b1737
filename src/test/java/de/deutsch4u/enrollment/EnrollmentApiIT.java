package de.deutsch4u.enrollment;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "Participants and enrollment": waiting list, withdrawal with promotion, the last place. */
@Tag("db")
@ExtendWith(TestApp.class)
class EnrollmentApiIT {

    /** A course in the future, whatever today is: the default fromDate is its start. */
    private static final LocalDate START =
            LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(90);

    private static final LocalDate END = START.plusDays(121);

    private long provider;
    private long courseId;

    @BeforeEach
    void courseWithTwoPlaces() {
        provider = Fixtures.provider();
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .text("startDate", START.toString())
                                .text("endDate", END.toString())
                                .raw("capacity", "2")
                                .json());
        assertEquals(201, created.status(), created.body());
        courseId = created.json().getJsonNumber("id").longValue();
    }

    @Test
    void shouldFillTheCourseThenTheWaitingListAndPromoteOnWithdrawal() {
        JsonObject first = enroll(Fixtures.participant(provider));
        JsonObject second = enroll(Fixtures.participant(provider));
        JsonObject third = enroll(Fixtures.participant(provider));
        JsonObject fourth = enroll(Fixtures.participant(provider));
        assertEquals("ENROLLED", first.getString("status"));
        assertEquals(START.toString(), first.getString("fromDate"), "default: the course start");
        assertEquals("ENROLLED", second.getString("status"));
        assertEquals("WAITLISTED", third.getString("status"));
        assertEquals(1, third.getInt("waitlistPosition"));
        assertEquals(2, fourth.getInt("waitlistPosition"));
        JsonObject course = Api.admin().get("/api/courses/" + courseId).json();
        assertEquals(2, course.getInt("enrolled"));
        assertEquals(2, course.getInt("waitlisted"));
        assertEquals(0, course.getInt("freePlaces"));

        Api.Response withdrawn = Api.admin()
                .post(
                        "/api/enrollments/" + first.getJsonNumber("id") + "/withdrawal",
                        "{\"date\":\"" + START.plusDays(42) + "\",\"reason\":\"WORK\",\"note\":\"Arbeit gefunden\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));

        JsonObject promoted =
                Api.admin().get("/api/enrollments/" + third.getJsonNumber("id")).json();
        assertEquals("ENROLLED", promoted.getString("status"));
        assertEquals(
                START.plusDays(42).toString(), promoted.getString("fromDate"), "enrolled from the withdrawal date");
        assertEquals(
                1,
                Api.admin()
                        .get("/api/enrollments/" + fourth.getJsonNumber("id"))
                        .json()
                        .getInt("waitlistPosition"),
                "the waiting list closes up");
        assertEquals(
                409,
                Api.admin()
                        .post(
                                "/api/enrollments/" + first.getJsonNumber("id") + "/withdrawal",
                                "{\"date\":\"" + START.plusDays(43) + "\",\"reason\":\"WORK\"}")
                        .status());
    }

    @Test
    void shouldRefuseADuplicateButAllowEnrollingAgainAfterAWithdrawal() {
        long participant = Fixtures.participant(provider);
        JsonObject enrollment = enroll(participant);
        Api.Response duplicate = Api.admin()
                .post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":" + participant + "}");
        assertEquals(409, duplicate.status());
        assertEquals("enrollment.duplicate", duplicate.json().getString("code"));
        assertEquals(
                200,
                Api.admin()
                        .post(
                                "/api/enrollments/" + enrollment.getJsonNumber("id") + "/withdrawal",
                                "{\"date\":\"" + START + "\",\"reason\":\"MOVED\"}")
                        .status());
        assertEquals("ENROLLED", enroll(participant).getString("status"));
    }

    @Test
    void shouldGiveTheLastPlaceToExactlyOneOfTwoSimultaneousEnrollments() throws Exception {
        enroll(Fixtures.participant(provider));
        long one = Fixtures.participant(provider);
        long two = Fixtures.participant(provider);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Response> a = pool.submit(() ->
                    Api.admin().post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":" + one + "}"));
            Future<Api.Response> b = pool.submit(() ->
                    Api.admin().post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":" + two + "}"));
            assertEquals(201, a.get().status(), a.get().body());
            assertEquals(201, b.get().status(), b.get().body());
            assertEquals(
                    List.of("ENROLLED", "WAITLISTED"),
                    Stream.of(a.get(), b.get())
                            .map(r -> r.json().getString("status"))
                            .sorted()
                            .toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldRefuseBadEnrollmentsWithClearErrors() {
        long foreign = Fixtures.participant(Fixtures.provider());
        assertViolation(
                Api.admin().post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":" + foreign + "}"),
                "participantId");
        long participant = Fixtures.participant(provider);
        assertViolation(
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/enrollments",
                                "{\"participantId\":" + participant + ",\"fromDate\":\"" + END.plusDays(1) + "\"}"),
                "fromDate");
        JsonObject enrollment = enroll(participant);
        assertViolation(
                Api.admin()
                        .post(
                                "/api/enrollments/" + enrollment.getJsonNumber("id") + "/withdrawal",
                                "{\"date\":\"" + START.minusDays(28) + "\",\"reason\":\"WORK\"}"),
                "date");
        assertEquals(
                400,
                Api.admin()
                        .post(
                                "/api/enrollments/" + enrollment.getJsonNumber("id") + "/withdrawal",
                                "{\"date\":\"" + START.plusDays(31) + "\",\"reason\":\"BORED\"}")
                        .status());

        assertEquals(
                200,
                Api.admin()
                        .post("/api/courses/" + courseId + "/cancellation", "{\"reason\":\"x\"}")
                        .status());
        Api.Response cancelled = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + Fixtures.participant(provider) + "}");
        assertEquals(409, cancelled.status());
    }

    @Test
    void shouldTransferToAnotherCourseAndKeepTheHistory() {
        Api.Response other = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .text("startDate", START.toString())
                                .text("endDate", END.toString())
                                .json());
        long otherCourse = other.json().getJsonNumber("id").longValue();
        long participant = Fixtures.participant(provider);
        JsonObject original = enroll(participant);
        enroll(Fixtures.participant(provider));
        JsonObject waiting = enroll(Fixtures.participant(provider));
        assertEquals("WAITLISTED", waiting.getString("status"));

        Api.Response moved = Api.admin()
                .post(
                        "/api/enrollments/" + original.getJsonNumber("id") + "/transfer",
                        "{\"courseId\":" + otherCourse + ",\"date\":\"" + START.plusDays(31) + "\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(otherCourse, moved.json().getJsonNumber("courseId").longValue());
        assertEquals("ENROLLED", moved.json().getString("status"));
        assertEquals(START.plusDays(31).toString(), moved.json().getString("fromDate"));

        JsonObject old = Api.admin()
                .get("/api/enrollments/" + original.getJsonNumber("id"))
                .json();
        assertEquals("WITHDRAWN", old.getString("status"));
        assertEquals("TRANSFER", old.getString("withdrawalReason"));
        assertEquals(
                moved.json().getJsonNumber("id").longValue(),
                old.getJsonNumber("transferredTo").longValue());
        assertEquals(
                "ENROLLED",
                Api.admin()
                        .get("/api/enrollments/" + waiting.getJsonNumber("id"))
                        .json()
                        .getString("status"),
                "the freed place went to the waiting list");
        assertEquals(
                400,
                Api.admin()
                        .post(
                                "/api/enrollments/" + moved.json().getJsonNumber("id") + "/transfer",
                                "{\"courseId\":" + otherCourse + ",\"date\":\"" + START.plusDays(32) + "\"}")
                        .status(),
                "not into the same course");
    }

    @Test
    void shouldKeepParticipantsAwayFromProgrammeStaffAndOtherProviders() {
        long participant = Fixtures.participant(provider);
        Api programme = Fixtures.as(Fixtures.user("PROGRAMME", null));
        assertEquals(403, programme.get("/api/participants/" + participant).status());
        assertEquals(403, programme.get("/api/participants").status());
        assertEquals(
                403, programme.get("/api/courses/" + courseId + "/enrollments").status());
        assertEquals(
                403,
                programme
                        .post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":1}")
                        .status());
        Api stranger = Fixtures.as(Fixtures.user("PROVIDER", Fixtures.provider()));
        assertEquals(404, stranger.get("/api/participants/" + participant).status());
        assertEquals(
                404, stranger.get("/api/courses/" + courseId + "/enrollments").status());
        assertEquals(
                200,
                Fixtures.as(Fixtures.user("PROVIDER", provider))
                        .get("/api/participants/" + participant)
                        .status());
    }

    @Test
    void shouldShowATeacherTheParticipantsOfTheirCoursesReadOnlyAndNothingOfOtherCourses() {
        String teacher = Fixtures.user("TEACHER", provider);
        Api.Response own = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .text("startDate", START.toString())
                                .text("endDate", END.toString())
                                .json());
        long ownCourse = own.json().getJsonNumber("id").longValue();
        long pupil = Fixtures.participant(provider);
        Api.Response enrolled =
                Api.admin().post("/api/courses/" + ownCourse + "/enrollments", "{\"participantId\":" + pupil + "}");
        long enrollment = enrolled.json().getJsonNumber("id").longValue();
        long stranger = Fixtures.participant(provider);
        JsonObject otherEnrollment = enroll(stranger); // in the course of another teacher
        Api asTeacher = Fixtures.as(teacher);

        assertEquals(
                200, asTeacher.get("/api/courses/" + ownCourse + "/enrollments").status());
        assertEquals(200, asTeacher.get("/api/participants/" + pupil).status());
        assertEquals(
                List.of(pupil),
                asTeacher.get("/api/participants").jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getJsonNumber("id").longValue())
                        .toList());
        assertEquals(
                404, asTeacher.get("/api/courses/" + courseId + "/enrollments").status());
        assertEquals(404, asTeacher.get("/api/participants/" + stranger).status());
        assertEquals(
                404,
                asTeacher
                        .get("/api/enrollments/" + otherEnrollment.getJsonNumber("id"))
                        .status());

        assertEquals(
                403,
                asTeacher
                        .post("/api/courses/" + ownCourse + "/enrollments", "{\"participantId\":" + stranger + "}")
                        .status());
        assertEquals(
                403,
                asTeacher
                        .post(
                                "/api/enrollments/" + enrollment + "/withdrawal",
                                "{\"date\":\"" + START.plusDays(31) + "\",\"reason\":\"WORK\"}")
                        .status());
        assertEquals(
                403,
                asTeacher
                        .post(
                                "/api/enrollments/" + enrollment + "/transfer",
                                "{\"courseId\":" + courseId + ",\"date\":\"" + START.plusDays(31) + "\"}")
                        .status());
        assertEquals(
                403,
                asTeacher
                        .send("PUT", "/api/participants/" + pupil, "application/json", "{}")
                        .status());
        assertEquals(
                "ENROLLED",
                Api.admin().get("/api/enrollments/" + enrollment).json().getString("status"));
    }

    private JsonObject enroll(long participant) {
        Api.Response created = Api.admin()
                .post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":" + participant + "}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static void assertViolation(Api.Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertTrue(
                response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(v -> v.getString("field").equals(field)),
                response.body());
    }
}
