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
        Planner planner = Planner.of(provider);
        // This week and the next three, every day: the calendar opens on this week, whatever the date.
        LocalDate monday =
                LocalDate.now(ZoneId.of("Europe/Berlin")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String title = Api.unique("Deutsch für Eltern ");

        LoginPage.open(browser).signInAs(planner.staff(), Fixtures.PASSWORD);
        CourseEditPage form = CourseEditPage.open(browser)
                .plan(
                        title,
                        planner.location(),
                        planner.teacher(),
                        monday,
                        monday.plusWeeks(4).minusDays(1),
                        DayOfWeek.values())
                .approvedUnits(120);
        String preview = form.preview();
        assertTrue(preview.contains("Termine"), preview);
        assertTrue(preview.matches("(?s).*\\d\\d\\.\\d\\d\\.\\d{4}.*"), "last session as a German date: " + preview);
        CourseDetailPage detail = form.save();
        assertTrue(detail.volume().contains("UE"), detail.volume());
        assertTrue(detail.sessionRows() > 20, "four weeks of daily sessions, less holidays");
        assertTrue(detail.openCalendar().eventTitles().contains(title));
        assertEquals(
                1,
                Api.admin()
                        .get("/api/courses?providerId=" + provider)
                        .jsonArray()
                        .size());
    }

    /** The approved UE come from the funding notice: the form asks for them instead of assuming 300. */
    @Test
    void shouldAskForTheApprovedUnitsAndDropTheErrorOnceTheyAreTyped() {
        long provider = Fixtures.provider();
        Planner planner = Planner.of(provider);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(30);

        LoginPage.open(browser).signInAs(planner.staff(), Fixtures.PASSWORD);
        CourseEditPage form = CourseEditPage.open(browser)
                .plan(
                        Api.unique("Alphabetisierung "),
                        planner.location(),
                        planner.teacher(),
                        start,
                        start.plusWeeks(10),
                        DayOfWeek.MONDAY,
                        DayOfWeek.WEDNESDAY);
        assertEquals("", form.approvedUnitsValue(), "no assumed value");
        form.saveExpectingErrors();
        assertTrue(form.fieldError("approvedUnits").contains("bewilligt"), form.fieldError("approvedUnits"));
        assertEquals(
                0,
                Api.admin()
                        .get("/api/courses?providerId=" + provider)
                        .jsonArray()
                        .size());

        form.approvedUnits(80);
        assertEquals("", form.fieldError("approvedUnits"), "the error goes once the field is filled");
        form.save();
        assertEquals(
                80,
                Api.admin()
                        .get("/api/courses?providerId=" + provider)
                        .jsonArray()
                        .getJsonObject(0)
                        .getInt("approvedUnits"));
    }

    /** A provider's staff account with the names of a location and a teacher to pick in the form. */
    private record Planner(String staff, String location, String teacher) {

        static Planner of(long provider) {
            long location = Fixtures.location(provider);
            long teacher = Fixtures.teacher(provider);
            return new Planner(
                    Fixtures.user("PROVIDER", provider),
                    Api.admin().get("/api/locations/" + location).json().getString("name"),
                    Api.admin().get("/api/users/" + teacher).json().getString("displayName"));
        }
    }
}
