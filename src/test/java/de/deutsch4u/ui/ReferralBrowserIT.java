package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.CourseJson;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.DistrictStartPage;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.OpenReferralsPanel;
import de.deutsch4u.ui.pages.ReferralListPage;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Contract §11 in the browser: a district office refers a person, the provider accepts, the office sees the outcome. */
class ReferralBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void shouldReferAPersonWhomTheProviderAcceptsAndShowTheOutcomeToTheReferrer() {
        long provider = Fixtures.provider();
        String title = Api.unique("Deutsch für Eltern ");
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        CourseJson.course(provider, Fixtures.location(provider, 3), Fixtures.teacher(provider))
                                .text("title", title)
                                .text("startDate", TODAY.toString())
                                .text("endDate", TODAY.plusDays(30).toString())
                                .json());
        assertEquals(201, created.status(), created.body());
        String districtUser = Fixtures.districtUser(3);
        String providerUser = Fixtures.user("PROVIDER", provider);
        String lastName = Api.unique("Yousef-");
        String declinedName = Api.unique("Karimi-");

        LoginPage.open(browser).signInAs(districtUser, Fixtures.PASSWORD);
        DistrictStartPage start = DistrictStartPage.open(browser);
        assertTrue(start.coursesText().contains(title), "the course in its district is offered");
        start.refer(title, "Samira", lastName, "0151 1234567", "1994");
        start.refer(title, "Ali", declinedName, "0151 7654321", "1988");
        assertTrue(ReferralListPage.open(browser).rowOf(lastName).contains("Offen"));

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).signInAs(providerUser, Fixtures.PASSWORD);
        OpenReferralsPanel incoming = OpenReferralsPanel.onStartPage(browser);
        assertTrue(incoming.text().contains(lastName), incoming.text());
        incoming.accept(lastName);
        incoming.decline(declinedName, "Der Kurs ist zu weit fortgeschritten");
        assertFalse(incoming.text().contains(declinedName));

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).signInAs(districtUser, Fixtures.PASSWORD);
        ReferralListPage outcomes = ReferralListPage.open(browser);
        assertTrue(outcomes.rowOf(lastName).contains("Angenommen"), outcomes.rowOf(lastName));
        assertTrue(
                outcomes.rowOf(declinedName).contains("Der Kurs ist zu weit fortgeschritten"),
                outcomes.rowOf(declinedName));
    }
}
