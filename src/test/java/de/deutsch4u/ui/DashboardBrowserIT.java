package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.DashboardPage;
import de.deutsch4u.ui.pages.LoginPage;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Programme staff see every district of Hessen and the weakly used courses marked. */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void shouldListAllDistrictsAndMarkCoursesBelowTheThreshold() {
        long provider = Fixtures.provider();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate day = today.minusDays(40);
        Fixtures.courseWithOnePresence(provider, "Kaum besuchter Kurs", day, 20);

        LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        DashboardPage page = DashboardPage.open(browser);
        page.period(day, today);
        assertEquals(33, page.districtRows(), "every district valid today");
        assertEquals(3, page.regionRows());
        assertTrue(page.markedCourses().contains("Kaum besuchter Kurs"), "5 % is below 50 %: " + page.markedCourses());
    }
}
