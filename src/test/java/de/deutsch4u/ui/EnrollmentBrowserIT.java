package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.CourseParticipantsPage;
import de.deutsch4u.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;

/** A provider fills a course, gets a waiting list, withdraws someone and sees the next one move up. */
class EnrollmentBrowserIT extends BrowserTest {

    @Test
    void shouldPromoteTheFirstWaitlistedPersonAfterAWithdrawal() {
        long provider = Fixtures.provider();
        Api.Response created = Api.admin().post("/api/courses", course(provider, Fixtures.location(provider),
                Fixtures.teacher(provider)).text("startDate", "2027-03-01").text("endDate", "2027-06-30")
                .raw("capacity", "1").json());
        long courseId = created.json().getJsonNumber("id").longValue();
        String first = lastName(Fixtures.participant(provider));
        String second = lastName(Fixtures.participant(provider));

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        CourseParticipantsPage page = CourseParticipantsPage.open(browser, courseId);
        page.enroll(first);
        page.enroll(second);
        assertTrue(page.list(0).contains(first), page.list(0));
        assertTrue(page.list(1).contains(second), "the course is full: " + page.list(1));

        page.withdrawFirstEnrolled("Arbeitsaufnahme");
        assertTrue(page.list(0).contains(second), "moved up: " + page.list(0));
        assertTrue(page.list(2).contains(first), page.list(2));
        assertEquals(1, Api.admin().get("/api/courses/" + courseId).json().getInt("enrolled"));
    }

    private static String lastName(long participantId) {
        return Api.admin().get("/api/participants/" + participantId).json().getString("lastName");
    }
}
