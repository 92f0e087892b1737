package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.StartPage;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Each role's start page shows what that role does first (issue 14). */
class StartPageBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void shouldShowAProviderItsSessionsWithoutAttendanceAndMonthsToClose() {
        long provider = Fixtures.provider();
        // every day of the last two months: past sessions without attendance, and last month not closed
        Api.Response created = Api.admin().post("/api/courses", course(provider, Fixtures.location(provider),
                Fixtures.teacher(provider)).everyDay(TODAY.withDayOfMonth(1).minusMonths(1), TODAY.plusDays(7)).json());
        assertEquals(201, created.status(), created.body());

        StartPage start = LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        assertTrue(start.taskCount("unrecordedSessions") >= 20, "sessions of last month without attendance");
        assertEquals(1, start.taskCount("monthsToClose"), "last month is not closed");
    }

    @Test
    void shouldLeadProgrammeStaffToTheDashboard() {
        StartPage start = LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        assertEquals(-1, start.taskCount("unrecordedSessions"), "no provider tasks for the programme");
        assertTrue(start.opensDashboard());
    }
}
