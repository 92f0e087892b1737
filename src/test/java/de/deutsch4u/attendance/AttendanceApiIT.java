package de.deutsch4u.attendance;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.PdfText;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "Attendance": the sheet, versions, who may record when, bad input, month closing. */
@Tag("db")
@ExtendWith(TestApp.class)
class AttendanceApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private long provider;
    private String teacher;
    private long courseId;
    private List<JsonObject> sessions;
    private long anna;
    private long bilal;
    private long chen;

    /** A course every day from 40 days ago to 30 days ahead, taught by {@link #teacher}, three enrolled. */
    @BeforeEach
    void runningCourseWithThreeParticipants() {
        provider = Fixtures.provider();
        teacher = Fixtures.user("TEACHER", provider);
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .everyDay(TODAY.minusDays(40), TODAY.plusDays(30))
                                .raw("capacity", "5")
                                .json());
        assertEquals(201, created.status(), created.body());
        courseId = id(created.json());
        Api.Response listed = Api.admin().get("/api/courses/" + courseId + "/sessions");
        assertEquals(200, listed.status(), listed.body());
        sessions = listed.jsonArray().getValuesAs(JsonObject.class);
        anna = enroll(TODAY.minusDays(40));
        bilal = enroll(TODAY.minusDays(40));
        chen = enroll(TODAY.minusDays(40));
    }

    @Test
    void shouldRecordASheetOnceAndThenRefuseTheStaleVersion() {
        long session = sessionOnOrBefore(TODAY.minusDays(1));
        JsonObject empty = Api.admin().get(attendance(session)).json();
        assertEquals(0, empty.getInt("version"));
        assertEquals("PLANNED", empty.getString("status"));
        assertEquals(3, empty.getJsonArray("entries").size());
        assertTrue(empty.getJsonArray("entries").getJsonObject(0).isNull("status"), "null until recorded");

        Api.Response saved = Fixtures.as(teacher)
                .send(
                        "PUT",
                        attendance(session),
                        "application/json",
                        sheet(
                                0,
                                "Begrüßung, Zahlen 1-10",
                                entry(anna, "PRESENT"),
                                entry(bilal, "EXCUSED"),
                                entry(chen, "ABSENT")));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(1, saved.json().getInt("version"));
        assertEquals("HELD", saved.json().getString("status"));
        assertEquals("Begrüßung, Zahlen 1-10", saved.json().getString("topic"));
        assertEquals("HELD", Api.admin().get("/api/sessions/" + session).json().getString("status"));

        Api.Response stale =
                Api.admin().send("PUT", attendance(session), "application/json", sheet(0, null, entry(anna, "ABSENT")));
        assertEquals(409, stale.status());
        assertEquals("attendance.staleVersion", stale.json().getString("code"));
        assertEquals(statusOf(Api.admin().get(attendance(session)).json(), anna), "PRESENT", "nothing changed");
    }

    @Test
    void shouldAuditEveryChangeAfterTheFirstSaveAndTreatLeftOutPeopleAsNotRecorded() {
        long session = sessionOnOrBefore(TODAY.minusDays(2));
        save(session, 0, entry(anna, "PRESENT"), entry(bilal, "PRESENT"), entry(chen, "PRESENT"));
        assertEquals(
                0, Api.admin().get(attendance(session) + "/changes").jsonArray().size(), "the first save is no change");

        JsonObject corrected = save(session, 1, entry(anna, "PRESENT"), entry(bilal, "ABSENT"));
        assertEquals("ABSENT", statusOf(corrected, bilal));
        assertTrue(corrected.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> id(e, "participantId") == chen)
                .findFirst()
                .orElseThrow()
                .isNull("status"));
        List<JsonObject> changes =
                Api.admin().get(attendance(session) + "/changes").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(2, changes.size(), changes.toString());
        JsonObject bilalChange = changes.stream()
                .filter(c -> id(c, "participantId") == bilal)
                .findFirst()
                .orElseThrow();
        assertEquals("PRESENT", bilalChange.getString("oldValue"));
        assertEquals("ABSENT", bilalChange.getString("newValue"));
        assertEquals("admin", bilalChange.getString("changedBy"));
    }

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousSavesOfTheSameVersionThrough() throws Exception {
        long session = sessionOnOrBefore(TODAY.minusDays(1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Response> a = pool.submit(() -> Api.admin()
                    .send("PUT", attendance(session), "application/json", sheet(0, "A", entry(anna, "PRESENT"))));
            Future<Api.Response> b = pool.submit(() -> Fixtures.as(teacher)
                    .send("PUT", attendance(session), "application/json", sheet(0, "B", entry(anna, "ABSENT"))));
            assertEquals(
                    List.of(200, 409),
                    Stream.of(a.get(), b.get())
                            .map(Api.Response::status)
                            .sorted()
                            .toList());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Api.admin().get(attendance(session)).json().getInt("version"));
    }

    @Test
    void shouldRefuseBadEntriesAndSaveNothing() {
        long session = sessionOnOrBefore(TODAY.minusDays(1));
        long stranger = Fixtures.participant(provider);
        assertViolation(
                Api.admin()
                        .send(
                                "PUT",
                                attendance(session),
                                "application/json",
                                sheet(0, null, entry(anna, "PRESENT"), entry(stranger, "PRESENT"))),
                "entries[1].participantId");
        assertViolation(
                Api.admin()
                        .send(
                                "PUT",
                                attendance(session),
                                "application/json",
                                sheet(0, null, entry(anna, "PRESENT"), entry(anna, "ABSENT"))),
                "entries[1].participantId");
        assertViolation(
                Api.admin().send("PUT", attendance(session), "application/json", sheet(0, null, entry(anna, "LATE"))),
                "entries[0].status");
        assertViolation(
                Api.admin().send("PUT", attendance(session), "application/json", "{\"entries\":[]}"), "version");
        JsonObject unchanged = Api.admin().get(attendance(session)).json();
        assertEquals(0, unchanged.getInt("version"));
        assertEquals("PLANNED", unchanged.getString("status"));
    }

    @Test
    void shouldListOnlyPeopleEnrolledOnTheSessionsDate() {
        LocalDate joined = TODAY.minusDays(10);
        long late = enroll(joined);
        long annasEnrollment = enrollmentOf(anna);
        assertEquals(
                200,
                Api.admin()
                        .post(
                                "/api/enrollments/" + annasEnrollment + "/withdrawal",
                                "{\"date\":\"" + TODAY.minusDays(5) + "\",\"reason\":\"WORK\"}")
                        .status());

        List<Long> early = participantsOn(sessionOnOrBefore(joined.minusDays(1)));
        assertTrue(early.contains(anna) && !early.contains(late), early.toString());
        List<Long> middle = participantsOn(sessionOnOrBefore(TODAY.minusDays(6)));
        assertTrue(middle.contains(anna) && middle.contains(late), middle.toString());
        List<Long> after = participantsOn(sessionOnOrBefore(TODAY.minusDays(1)));
        assertTrue(!after.contains(anna) && after.contains(late), "withdrawn the day before: " + after);
    }

    @Test
    void shouldRefuseCancelledAndFutureSessionsForEveryRole() {
        long future = sessions.stream()
                .filter(s -> LocalDate.parse(s.getString("date")).isAfter(TODAY))
                .map(AttendanceApiIT::id)
                .findFirst()
                .orElseThrow();
        Api.Response ahead = Api.admin().send("PUT", attendance(future), "application/json", sheet(0, null));
        assertEquals(409, ahead.status());
        assertEquals("attendance.sessionInFuture", ahead.json().getString("code"));

        long session = sessionOnOrBefore(TODAY.minusDays(3));
        assertEquals(
                200,
                Api.admin()
                        .post("/api/sessions/" + session + "/cancellation", "{\"reason\":\"Krank\"}")
                        .status());
        Api.Response cancelled = Fixtures.as(teacher)
                .send("PUT", attendance(session), "application/json", sheet(0, null, entry(anna, "PRESENT")));
        assertEquals(409, cancelled.status());
        assertEquals("attendance.sessionCancelled", cancelled.json().getString("code"));
    }

    @Test
    void shouldLetTeachersRecordOnlyTheirOwnSessionsWithinTheCorrectionWindow() {
        long old = sessionOnOrBefore(TODAY.minusDays(20));
        Api.Response late = Fixtures.as(teacher)
                .send("PUT", attendance(old), "application/json", sheet(0, null, entry(anna, "PRESENT")));
        assertEquals(403, late.status());
        assertEquals("attendance.windowClosed", late.json().getString("code"));
        String provider = Fixtures.user("PROVIDER", this.provider);
        Api.Response corrected = Fixtures.as(provider)
                .send("PUT", attendance(old), "application/json", sheet(0, null, entry(anna, "PRESENT")));
        assertEquals(200, corrected.status(), "the provider may record at any time");

        String otherTeacher = Fixtures.user("TEACHER", this.provider);
        assertEquals(404, Fixtures.as(otherTeacher).get(attendance(old)).status(), "not their course");
        String programme = Fixtures.user("PROGRAMME", null);
        assertEquals(403, Fixtures.as(programme).get(attendance(old)).status());
        assertEquals(
                403,
                Fixtures.as(programme)
                        .send("PUT", attendance(old), "application/json", sheet(1, null))
                        .status());
        assertEquals(
                404,
                Fixtures.as(Fixtures.user("PROVIDER", Fixtures.provider()))
                        .get(attendance(old))
                        .status());
    }

    @Test
    void shouldRefuseChangesInAClosedMonthUntilItIsReopened() {
        LocalDate lastMonth = TODAY.minusMonths(1);
        long session = sessions.stream()
                .filter(s -> LocalDate.parse(s.getString("date")).getMonth() == lastMonth.getMonth()
                        && !LocalDate.parse(s.getString("date")).isBefore(TODAY.minusDays(40)))
                .map(AttendanceApiIT::id)
                .findFirst()
                .orElseThrow();
        String month = lastMonth.toString().substring(0, 7);
        Api.Response closed = closeMonth(month, true);
        assertEquals(201, closed.status(), closed.body());
        assertEquals(409, closeMonth(month, true).status());

        Api.Response refused = Api.admin()
                .send("PUT", attendance(session), "application/json", sheet(0, null, entry(anna, "PRESENT")));
        assertEquals(409, refused.status());
        assertEquals("attendance.monthClosed", refused.json().getString("code"));

        assertEquals(
                200,
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/month-closings/" + month + "/reopening",
                                "{\"reason\":\"Nachtrag aus der Papierliste\"}")
                        .status());
        assertEquals(
                200,
                Api.admin()
                        .send("PUT", attendance(session), "application/json", sheet(0, null, entry(anna, "PRESENT")))
                        .status());
        List<JsonObject> history = Api.admin()
                .get("/api/courses/" + courseId + "/month-closings")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals("Nachtrag aus der Papierliste", history.get(0).getString("reopenReason"));
        assertViolation(
                Api.admin().post("/api/courses/" + courseId + "/month-closings", "{\"month\":\"März\"}"), "month");
    }

    @Test
    void shouldCloseOnlyAMonthThatIsOverAndNameItsUnrecordedSessions() {
        String thisMonth = TODAY.toString().substring(0, 7);
        Api.Response running = closeMonth(thisMonth, true);
        assertEquals(409, running.status(), running.body());
        assertEquals("month.notOver", running.json().getString("code"));
        assertEquals(
                "month.notOver",
                closeMonth(TODAY.plusMonths(1).toString().substring(0, 7), true)
                        .json()
                        .getString("code"));

        LocalDate lastMonth = TODAY.minusMonths(1);
        List<LocalDate> days = sessions.stream()
                .map(s -> LocalDate.parse(s.getString("date")))
                .filter(d -> d.getMonth() == lastMonth.getMonth() && d.getYear() == lastMonth.getYear())
                .toList();
        save(sessionOnOrBefore(days.get(0)), 0, entry(anna, "PRESENT"));
        String month = lastMonth.toString().substring(0, 7);
        Api.Response unrecorded = closeMonth(month, false);
        assertEquals(409, unrecorded.status(), unrecorded.body());
        assertEquals("month.unrecorded", unrecorded.json().getString("code"));
        String message = unrecorded.json().getString("message");
        DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertTrue(
                message.contains(days.get(days.size() - 1).format(german)), "names the unrecorded dates: " + message);
        assertFalse(message.contains(days.get(0).format(german)), "not the recorded one: " + message);
        assertEquals(
                0,
                Api.admin()
                        .get("/api/courses/" + courseId + "/month-closings")
                        .jsonArray()
                        .size(),
                "nothing closed");

        Api.Response acknowledged = closeMonth(month, true);
        assertEquals(201, acknowledged.status(), acknowledged.body());
    }

    private Api.Response closeMonth(String month, boolean acknowledgeUnrecorded) {
        return Api.admin()
                .post(
                        "/api/courses/" + courseId + "/month-closings",
                        "{\"month\":\"" + month + "\",\"acknowledgeUnrecorded\":" + acknowledgeUnrecorded + "}");
    }

    @Test
    void shouldSummariseUnitsFlagLowAttendanceAndPrintTheMonthlyList() {
        List<Long> recent = sessions.stream()
                .map(s -> LocalDate.parse(s.getString("date")))
                .filter(d -> d.isAfter(TODAY.minusDays(10)) && d.isBefore(TODAY))
                .limit(2)
                .map(this::sessionOnOrBefore)
                .toList();
        save(recent.get(0), 0, entry(anna, "PRESENT"), entry(bilal, "ABSENT"), entry(chen, "EXCUSED"));
        save(recent.get(1), 0, entry(anna, "PRESENT"), entry(bilal, "ABSENT"), entry(chen, "PRESENT"));
        int units = sessions.get(0).getInt("units");

        List<JsonObject> summary = Api.admin()
                .get("/api/courses/" + courseId + "/attendance-summary")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject annaSummary = summary.stream()
                .filter(p -> id(p, "participantId") == anna)
                .findFirst()
                .orElseThrow();
        assertEquals(2 * units, annaSummary.getInt("unitsAttended"));
        assertEquals(2 * units, annaSummary.getInt("unitsHeld"));
        assertEquals(false, annaSummary.getBoolean("lowAttendance"));
        JsonObject bilalSummary = summary.stream()
                .filter(p -> id(p, "participantId") == bilal)
                .findFirst()
                .orElseThrow();
        assertEquals(0, bilalSummary.getInt("unitsAttended"));
        assertEquals(true, bilalSummary.getBoolean("lowAttendance"), "absent at every recorded session");
        JsonObject chenSummary = summary.stream()
                .filter(p -> id(p, "participantId") == chen)
                .findFirst()
                .orElseThrow();
        assertEquals(false, chenSummary.getBoolean("lowAttendance"), "one of two: 50 % is not below the threshold");

        String month = LocalDate.parse(
                        Api.admin().get("/api/sessions/" + recent.get(1)).json().getString("date"))
                .toString()
                .substring(0, 7);
        Api.Response pdf = Api.admin().get("/api/courses/" + courseId + "/attendance-list?month=" + month);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        String text = PdfText.of(Api.admin()
                .getBytes("/api/courses/" + courseId + "/attendance-list?month=" + month)
                .body());
        String annasName = Api.admin().get("/api/participants/" + anna).json().getString("lastName");
        assertTrue(text.contains("Anwesenheitsliste"), text);
        assertTrue(text.contains(annasName), text);
        assertTrue(text.contains("Unterschrift"), text);
        assertTrue(text.contains("Seite 1 von"), text);
        assertEquals(
                403,
                Fixtures.as(teacher)
                        .get("/api/courses/" + courseId + "/attendance-list?month=" + month)
                        .status());
        assertViolation(Api.admin().get("/api/courses/" + courseId + "/attendance-list?month=13-2026"), "month");
    }

    private long enroll(LocalDate from) {
        long participant = Fixtures.participant(provider);
        Api.Response enrolled = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participant + ",\"fromDate\":\"" + from + "\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        return participant;
    }

    private long enrollmentOf(long participant) {
        return Api.admin()
                .get("/api/courses/" + courseId + "/enrollments")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> id(e, "participantId") == participant)
                .map(AttendanceApiIT::id)
                .findFirst()
                .orElseThrow();
    }

    /** The latest session on or before the date (holidays have none). */
    private long sessionOnOrBefore(LocalDate date) {
        return sessions.stream()
                .filter(s -> !LocalDate.parse(s.getString("date")).isAfter(date))
                .reduce((a, b) -> b)
                .map(AttendanceApiIT::id)
                .orElseThrow();
    }

    private List<Long> participantsOn(long session) {
        return Api.admin()
                .get(attendance(session))
                .json()
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> id(e, "participantId"))
                .toList();
    }

    private JsonObject save(long session, int version, String... entries) {
        Api.Response saved =
                Api.admin().send("PUT", attendance(session), "application/json", sheet(version, null, entries));
        assertEquals(200, saved.status(), saved.body());
        return saved.json();
    }

    private static String attendance(long session) {
        return "/api/sessions/" + session + "/attendance";
    }

    static String sheet(int version, String topic, String... entries) {
        return "{\"version\":" + version + (topic == null ? "" : ",\"topic\":\"" + topic + "\"") + ",\"entries\":["
                + String.join(",", entries) + "]}";
    }

    static String entry(long participant, String status) {
        return "{\"participantId\":" + participant + ",\"status\":" + (status == null ? "null" : "\"" + status + "\"")
                + "}";
    }

    private static String statusOf(JsonObject sheet, long participant) {
        JsonObject entry = sheet.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> id(e, "participantId") == participant)
                .findFirst()
                .orElseThrow();
        return entry.isNull("status") ? null : entry.getString("status");
    }

    private static long id(JsonObject o) {
        return id(o, "id");
    }

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }

    private static void assertViolation(Api.Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertTrue(
                response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(v -> v.getString("field").equals(field)),
                response.body());
    }
}
