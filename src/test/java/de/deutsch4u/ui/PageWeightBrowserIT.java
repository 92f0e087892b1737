package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.AttendanceSheetPage;
import de.deutsch4u.ui.pages.LoginPage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Page weight (issue 14): the bytes a teacher's browser transfers, with an empty cache, for the login page,
 * the start page and an attendance sheet. Run by bench/page-weight.sh, which prints the figures for
 * docs/benchmarks.md. Goal: login and start page together at most 500 KB.
 */
class PageWeightBrowserIT extends BrowserTest {

    static final long GOAL_LOGIN_AND_START = 500 * 1024;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void shouldLoadLoginAndStartPageInAtMost500KilobytesAsATeacher() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        Api.Response created = Api.admin().post("/api/courses", course(provider, Fixtures.location(provider),
                Fixtures.userId(teacher)).everyDay(TODAY.minusDays(3), TODAY.plusDays(3)).json());
        assertEquals(201, created.status(), created.body());
        long courseId = created.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 12; i++) {
            assertEquals(201, Api.admin().post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":"
                    + Fixtures.participant(provider) + ",\"fromDate\":\"" + TODAY.minusDays(3) + "\"}").status());
        }
        long sessionId = Api.admin().get("/api/courses/" + courseId + "/sessions").jsonArray()
                .getValuesAs(JsonObject.class).get(0).getJsonNumber("id").longValue();

        PageWeight weight = new PageWeight(browser);
        weight.emptyCache();
        LoginPage login = LoginPage.open(browser);
        long loginBytes = weight.transferred("login");
        login.signInAs(teacher, Fixtures.PASSWORD);
        long startBytes = weight.transferred("start page");
        AttendanceSheetPage.open(browser, sessionId);
        long sheetBytes = weight.transferred("attendance sheet");
        System.out.print(weight.report());
        System.out.printf("page weight: total %.1f KB (login + start page %.1f KB, goal %d KB)%n",
                (loginBytes + startBytes + sheetBytes) / 1024.0, (loginBytes + startBytes) / 1024.0,
                GOAL_LOGIN_AND_START / 1024);

        assertTrue(loginBytes + startBytes <= GOAL_LOGIN_AND_START,
                "login + start page: " + (loginBytes + startBytes) + " bytes\n" + weight.report());
    }
}
