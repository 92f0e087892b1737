package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.StatisticsPage;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** The statistics page: a provider sees its figures and submits its funding statement; PROGRAMME sees them suppressed. */
class StatisticsBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void shouldShowTheProvidersFiguresAndStoreASubmittedStatementAsVersionOne() {
        long provider = Fixtures.provider();
        long courseId = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .everyDay(TODAY.minusDays(7), TODAY.plusDays(7))
                                .json())
                .json()
                .getJsonNumber("id")
                .longValue();
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    201,
                    Api.admin()
                            .post(
                                    "/api/courses/" + courseId + "/enrollments",
                                    "{\"participantId\":" + Fixtures.participant(provider) + ",\"fromDate\":\""
                                            + TODAY.minusDays(7) + "\"}")
                            .status());
        }

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        StatisticsPage page = StatisticsPage.open(browser);
        assertTrue(page.figures().contains("weiblich"), page.figures());
        assertFalse(page.showsSuppressedNote(), "a provider sees its own figures unsuppressed");

        page.submitStatement(TODAY.getYear());
        assertEquals(
                1,
                Api.admin()
                        .get("/api/providers/" + provider + "/statements")
                        .jsonArray()
                        .size());

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        assertTrue(StatisticsPage.open(browser).showsSuppressedNote(), "programme staff see small numbers hidden");
    }

    @Test
    void shouldShowEachBreakdownAsItsOwnSmallTableThatFitsAPhone() {
        long provider = Fixtures.provider();
        long courseId = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .everyDay(TODAY.minusDays(7), TODAY.plusDays(7))
                                .json())
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/enrollments",
                                "{\"participantId\":" + Fixtures.participant(provider) + ",\"fromDate\":\""
                                        + TODAY.minusDays(7) + "\"}")
                        .status());
        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);

        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        StatisticsPage wide = StatisticsPage.open(browser);
        assertEquals(
                8,
                wide.breakdownTables(),
                "one table per breakdown: start, end, gender, age, country, " + "residence, level, withdrawals");
        assertTrue(wide.figuresHeight() < 1400, "side by side, not one long table: " + wide.figuresHeight() + " px");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        StatisticsPage phone = StatisticsPage.open(browser);
        assertTrue(phone.figures().contains("Geschlecht"), phone.figures());
        assertFalse(phone.scrollsSideways(), "the statistics fit 390 px without scrolling sideways");
    }
}
