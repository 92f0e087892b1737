package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.DashboardPage;
import de.deutsch4u.ui.pages.LoginPage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Programme staff see key figures, the districts with courses (the others named in one line, not as rows of
 * zeros) and the weakly used courses marked.
 */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void shouldShowKeyFiguresAndTheDistrictsWithCoursesAndMarkCoursesBelowTheThreshold() {
        long provider = Fixtures.provider();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate day = today.minusDays(40);
        long course = Fixtures.courseWithOnePresence(provider, "Kaum besuchter Kurs", day, 20);
        long location = Api.admin()
                .get("/api/courses/" + course)
                .json()
                .getJsonNumber("locationId")
                .longValue();

        LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        DashboardPage page = DashboardPage.open(browser);
        page.period(day, today);
        List<String> rows = page.districtNames();
        assertTrue(
                rows.contains(
                        Api.admin().get("/api/locations/" + location).json().getString("districtName")),
                "the course's district: " + rows);
        assertEquals(33, rows.size() + page.districtsWithoutCourses(), "every district valid today, as a row or named");
        assertTrue(page.districtCourseCounts().stream().allMatch(count -> count > 0), "no rows of zeros");
        assertEquals(
                page.districtCourseCounts().stream().mapToLong(Long::longValue).sum(),
                page.keyFigure("courses"),
                "each course lies in one district: the key figure is the sum of the rows");
        assertEquals(3, page.regionRows());
        assertTrue(page.markedCourses().contains("Kaum besuchter Kurs"), "5 % is below 50 %: " + page.markedCourses());
    }

    @Test
    void shouldShowAllDistrictsWithTheirZerosOnRequest() {
        long provider = Fixtures.provider();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate day = today.minusDays(40);
        Fixtures.courseWithOnePresence(provider, "Kurs in Darmstadt", day, 12);

        LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        DashboardPage page = DashboardPage.open(browser);
        page.period(day, today);
        int withCourses = page.districtNames().size();
        assertTrue(withCourses < 33, "by default only districts with courses: " + page.districtNames());

        page.toggleAllDistricts();
        assertEquals(33, page.districtNames().size(), "every district valid today: " + page.districtNames());
        assertEquals(33, new java.util.HashSet<>(page.districtNames()).size(), "each once");
        assertTrue(page.districtCourseCounts().contains(0L), "districts without courses show their zeros");
        assertEquals(0, page.districtsWithoutCourses(), "no separate line of names while all are rows");
        assertEquals(
                page.districtCourseCounts().stream().mapToLong(Long::longValue).sum(), page.keyFigure("courses"));

        page.toggleAllDistricts();
        assertEquals(withCourses, page.districtNames().size(), "back to the districts with courses");
        assertEquals(33, withCourses + page.districtsWithoutCourses());
    }
}
