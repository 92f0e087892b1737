package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.CourseJson;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.StartPage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each role's start page says what needs doing (issue 14), each task with a count, a link to where to act and
 * "Nichts zu tun" when there is nothing; the situations are created with fixtures, dated relative to today.
 */
class StartPageBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    /** ATTENDANCE_CORRECTION_DAYS of the test application (the default). */
    private static final int CORRECTION_DAYS = 14;

    @Test
    void shouldShowAProviderItsSessionsWithoutAttendanceAndMonthsToClose() {
        long provider = Fixtures.provider();
        // every day of the last two months: past sessions without attendance, and last month not closed
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .everyDay(TODAY.withDayOfMonth(1).minusMonths(1), TODAY.plusDays(7))
                                .json());
        assertEquals(201, created.status(), created.body());

        StartPage start = LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        assertTrue(start.taskCount("unrecordedSessions") >= 20, "sessions of last month without attendance");
        assertEquals(1, start.taskCount("monthsToClose"), "last month is not closed");
    }

    @Test
    void shouldListAProvidersTasksByTeacherAndCourseWithLinksToWhereToAct() {
        long provider = Fixtures.provider();
        long teacher = Fixtures.teacher(provider);
        long unrecorded = created(course(provider, Fixtures.location(provider), teacher)
                .everyDay(
                        TODAY.withDayOfMonth(1).minusMonths(1),
                        TODAY.withDayOfMonth(1).minusDays(1)));
        long pastSessions = Api.admin()
                .get("/api/courses/" + unrecorded + "/sessions")
                .jsonArray()
                .size();

        // capacity 1: the second person waits; a second place makes one free beside the waiting list
        CourseJson waitingJson = course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                .everyDay(TODAY.plusDays(10), TODAY.plusDays(40))
                .raw("capacity", "1");
        long waiting = created(waitingJson);
        enrol(waiting, Fixtures.participant(provider), null);
        enrol(waiting, Fixtures.participant(provider), null);
        long version = Api.admin()
                .get("/api/courses/" + waiting)
                .json()
                .getJsonNumber("version")
                .longValue();
        Api.Response enlarged = Api.admin()
                .send(
                        "PUT",
                        "/api/courses/" + waiting,
                        "application/json",
                        waitingJson
                                .raw("capacity", "2")
                                .raw("version", String.valueOf(version))
                                .json());
        assertEquals(200, enlarged.status(), enlarged.body());

        // absent at the only session recorded in the last four weeks: below ATTENDANCE_LOW_THRESHOLD (0.5)
        long lowCourse = created(course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                .everyDay(TODAY.minusDays(6), TODAY.plusDays(20)));
        long absentee = Fixtures.participant(provider);
        enrol(lowCourse, absentee, TODAY.minusDays(6));
        long firstSession = Api.admin()
                .get("/api/courses/" + lowCourse + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Response recorded = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + firstSession + "/attendance",
                        "application/json",
                        "{\"version\":0,\"entries\":[{\"participantId\":" + absentee + ",\"status\":\"ABSENT\"}]}");
        assertEquals(200, recorded.status(), recorded.body());

        StartPage start = LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        assertEquals(
                pastSessions, start.taskLine("unrecordedSessions", teacher), "last month's sessions, by their teacher");
        assertEquals(1, start.taskLine("monthsToClose", unrecorded), "last month of the course is open");
        assertEquals(1, start.taskLine("freePlacesWithWaitingList", waiting), "one person waits beside a free place");
        assertEquals(1, start.taskCount("freePlacesWithWaitingList"));
        assertEquals(1, start.taskLine("lowAttendance", lowCourse), "absent at every recorded session");
        assertEquals(-1, start.taskLine("lowAttendance", unrecorded), "nobody enrolled, nobody flagged");
        assertTrue(
                start.openTaskLine("freePlacesWithWaitingList", waiting)
                        .contains("/courses/participants.xhtml?id=" + waiting),
                "the line leads to the course's participants, where the waiting list is");
    }

    @Test
    void shouldSayNothingToDoWhenAProviderHasNothingOpen() {
        StartPage start =
                LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", Fixtures.provider()), Fixtures.PASSWORD);
        for (String task :
                List.of("unrecordedSessions", "monthsToClose", "freePlacesWithWaitingList", "lowAttendance")) {
            assertEquals(0, start.taskCount(task), task);
            assertTrue(start.saysNothingToDo(task), task);
        }
    }

    @Test
    void shouldShowATeacherTodaysSessionsAndTheOverdueOnesStillOpenForRecording() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long course = created(course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                .everyDay(TODAY.minusDays(CORRECTION_DAYS + 6), TODAY.plusDays(3)));
        long today = Fixtures.todaysSession(course);
        List<Long> overdue =
                Api.admin()
                        .get("/api/courses/" + course + "/sessions")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(s -> LocalDate.parse(s.getString("date")).isBefore(TODAY)
                                && !LocalDate.parse(s.getString("date")).isBefore(TODAY.minusDays(CORRECTION_DAYS)))
                        .sorted(Comparator.comparing((JsonObject s) -> s.getString("date"))
                                .reversed())
                        .map(s -> s.getJsonNumber("id").longValue())
                        .toList();

        long coming =
                Api.admin()
                        .get("/api/courses/" + course + "/sessions")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(s -> LocalDate.parse(s.getString("date")).isAfter(TODAY))
                        .count();

        StartPage start = LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        assertEquals(List.of(today), start.sessionLinks("todayList"));
        assertEquals(
                coming, start.sessionCount("comingCount"), "the next three days' sessions, listed without a calendar");
        assertEquals(1, start.sessionCount("todayCount"));
        assertEquals(
                overdue,
                start.sessionLinks("overdueList"),
                "past sessions without attendance that the teacher may still record, newest first; older ones are closed");
        assertEquals(overdue.size(), start.sessionCount("overdueCount"));
        start.openSession("overdueList", overdue.get(0));
        assertTrue(browser.driver().getCurrentUrl().contains("id=" + overdue.get(0)));
    }

    @Test
    void shouldShowProgrammeStaffTheOpenMonthsPerProvider() {
        long provider = Fixtures.provider();
        created(course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                .everyDay(
                        TODAY.withDayOfMonth(1).minusMonths(2),
                        TODAY.withDayOfMonth(1).minusDays(1)));
        long providerWithoutCourses = Fixtures.provider();

        StartPage start = LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        assertEquals(2, start.taskLine("openMonths", provider), "two months over, neither closed");
        assertEquals(
                -1,
                start.taskLine("openMonths", providerWithoutCourses),
                "a provider without open months is not listed");
        assertTrue(start.taskCount("openMonths") >= 2);
    }

    @Test
    void shouldLeadProgrammeStaffToTheDashboard() {
        StartPage start = LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        assertEquals(-1, start.taskCount("unrecordedSessions"), "no provider tasks for the programme");
        assertTrue(start.opensDashboard());
    }

    private static long created(CourseJson course) {
        Api.Response created = Api.admin().post("/api/courses", course.json());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Enrols the participant, from {@code from} (null: the course's default). */
    private static void enrol(long courseId, long participantId, LocalDate from) {
        String fromDate = from == null ? "" : ",\"fromDate\":\"" + from + "\"";
        Api.Response enrolled = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participantId + fromDate + "}");
        assertEquals(201, enrolled.status(), enrolled.body());
    }
}
