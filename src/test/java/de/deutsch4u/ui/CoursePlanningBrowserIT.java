package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.CourseDetailPage;
import de.deutsch4u.ui.pages.CourseEditPage;
import de.deutsch4u.ui.pages.LoginPage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** A provider plans a course on the page, checks the preview, saves it and finds it in the calendar. */
class CoursePlanningBrowserIT extends BrowserTest {

    @Test
    void shouldCreateACourseAndShowItsSessionsInTheCalendar() {
        long provider = Fixtures.provider();
        long location = Fixtures.location(provider);
        long teacher = Fixtures.teacher(provider);
        String locationName = Api.admin().get("/api/locations/" + location).json().getString("name");
        String teacherName = Api.admin().get("/api/users/" + teacher).json().getString("displayName");
        String staff = Fixtures.user("PROVIDER", provider);
        // This week and the next three, every day: the calendar opens on this week, whatever the date.
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Berlin")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String title = Api.unique("Deutsch für Eltern ");

        LoginPage.open(browser).signInAs(staff, Fixtures.PASSWORD);
        CourseEditPage form = CourseEditPage.open(browser).plan(title, locationName, teacherName, monday,
                monday.plusWeeks(4).minusDays(1), DayOfWeek.values());
        String preview = form.preview();
        assertTrue(preview.contains("Termine"), preview);
        CourseDetailPage detail = form.save();
        assertTrue(detail.volume().contains("UE"), detail.volume());
        assertTrue(detail.sessionRows() > 20, "four weeks of daily sessions, less holidays");
        assertTrue(detail.openCalendar().eventTitles().contains(title));
        assertEquals(1, Api.admin().get("/api/courses?providerId=" + provider).jsonArray().size());
    }
}
