package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.AttendanceSheetPage;
import de.deutsch4u.ui.pages.LoginPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Page weight (issue 14): a teacher's cold path, login page → sign-in → start page → a tap on today's session →
 * attendance sheet, with an empty cache under emulated slow 3G (400 kbit/s each way, 400 ms round trip): the bytes
 * transferred and the time until each page is usable. Run by bench/page-weight.sh, which prints the figures for
 * docs/benchmarks.md. Goals: login and start page at most 500 KB, the whole path at most 700 KB, usable in under 15 s.
 */
class PageWeightBrowserIT extends BrowserTest {

    static final long GOAL_LOGIN_AND_START = 500 * 1024;
    static final long GOAL_PATH = 700 * 1024;
    static final long GOAL_USABLE_MILLIS = 15_000;
    static final int SLOW_3G_LATENCY_MILLIS = 400;
    static final int SLOW_3G_KBIT_PER_SECOND = 400;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void shouldTakeATeacherFromLoginToTheSheetInBudgetOnSlow3G() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .everyDay(TODAY.minusDays(3), TODAY.plusDays(3))
                                .json());
        assertEquals(201, created.status(), created.body());
        long courseId = created.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 12; i++) {
            assertEquals(
                    201,
                    Api.admin()
                            .post(
                                    "/api/courses/" + courseId + "/enrollments",
                                    "{\"participantId\":" + Fixtures.participant(provider) + ",\"fromDate\":\""
                                            + TODAY.minusDays(3) + "\"}")
                            .status());
        }
        Fixtures.todaysSession(courseId);

        // The browser cold, the server warm: one pass first, unmeasured, so that the figures show the network and the
        // pages, not the first compilation of each view by a server that has just started.
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        AttendanceSheetPage.openTodaysFirstSession(browser);
        browser.driver().manage().deleteAllCookies();

        PageWeight weight = new PageWeight(browser);
        weight.emptyCache();
        browser.slowNetwork(SLOW_3G_LATENCY_MILLIS, SLOW_3G_KBIT_PER_SECOND);
        LoginPage login = LoginPage.open(browser);
        PageWeight.PageLoad loginPage = weight.measure("login");
        login.signInAs(teacher, Fixtures.PASSWORD);
        PageWeight.PageLoad startPage = weight.measure("start page");
        AttendanceSheetPage.openTodaysFirstSession(browser);
        PageWeight.PageLoad sheet = weight.measure("attendance sheet");
        browser.offline(false);

        long loginAndStart = loginPage.bytes() + startPage.bytes();
        long path = loginAndStart + sheet.bytes();
        long usable = loginPage.millis() + startPage.millis() + sheet.millis();
        System.out.print(weight.report());
        System.out.printf(
                "page weight: measured %s UTC, load average %s%n",
                LocalDateTime.now(ZoneOffset.UTC).withNano(0), loadAverage());
        System.out.printf(
                "page weight: total %.1f KB (login + start page %.1f KB, goals %d and %d KB), usable after %.1f s "
                        + "in all (goal < %d s) at %d kbit/s and %d ms%n",
                path / 1024.0,
                loginAndStart / 1024.0,
                GOAL_LOGIN_AND_START / 1024,
                GOAL_PATH / 1024,
                usable / 1000.0,
                GOAL_USABLE_MILLIS / 1000,
                SLOW_3G_KBIT_PER_SECOND,
                SLOW_3G_LATENCY_MILLIS);

        assertTrue(
                loginAndStart <= GOAL_LOGIN_AND_START,
                "login + start page: " + loginAndStart + " bytes\n" + weight.report());
        assertTrue(path <= GOAL_PATH, "login, start page and sheet: " + path + " bytes\n" + weight.report());
        assertTrue(usable < GOAL_USABLE_MILLIS, "usable after " + usable + " ms on slow 3G\n" + weight.report());
    }

    /** The machine's load average (1, 5, 15 minutes), for the figures' context. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException e) {
            return "unknown";
        }
    }
}
