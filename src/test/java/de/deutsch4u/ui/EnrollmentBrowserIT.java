package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.PdfText;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.ui.pages.CourseParticipantsPage;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.ParticipantDetailPage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A provider fills a course, gets a waiting list, withdraws someone and sees the next one move up. */
class EnrollmentBrowserIT extends BrowserTest {

    private static final LocalDate START =
            LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(90);
    private static final LocalDate END = START.plusDays(121);

    @Test
    void shouldPromoteTheFirstWaitlistedPersonAfterAWithdrawal() {
        long provider = Fixtures.provider();
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .text("startDate", START.toString())
                                .text("endDate", END.toString())
                                .raw("capacity", "1")
                                .json());
        long courseId = created.json().getJsonNumber("id").longValue();
        String first = lastName(Fixtures.participant(provider));
        String second = lastName(Fixtures.participant(provider));

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        CourseParticipantsPage page = CourseParticipantsPage.open(browser, courseId);
        page.enroll(first);
        page.enroll(second);
        assertTrue(page.list(0).contains(first), page.list(0));
        assertTrue(page.list(1).contains(second), "the course is full: " + page.list(1));

        String named = page.withdrawFirstEnrolled("Arbeitsaufnahme");
        assertTrue(named.contains(first), "the dialog names the person: " + named);
        assertTrue(page.list(0).contains(second), "moved up: " + page.list(0));
        assertTrue(page.list(2).contains(first), page.list(2));
        assertEquals(1, Api.admin().get("/api/courses/" + courseId).json().getInt("enrolled"));
    }

    /** The person field searches: the page holds no names before one is typed, and offers only those that match. */
    @Test
    void shouldFindThePersonToEnrollBySearchingWithoutListingEverybody() {
        long provider = Fixtures.provider();
        long courseId = newCourse(provider, Api.unique("Kurs S "), Fixtures.teacher(provider));
        String wanted = lastName(Fixtures.participant(provider));
        String other = lastName(Fixtures.participant(provider));

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        CourseParticipantsPage page = CourseParticipantsPage.open(browser, courseId);
        assertFalse(browser.driver().getPageSource().contains(other), "no list of every participant on the page");
        assertTrue(page.suggestions(wanted).stream().allMatch(s -> s.startsWith(wanted)), "only matches offered");
        page.enroll(wanted);
        assertTrue(page.list(0).contains(wanted), page.list(0));
        assertFalse(page.list(0).contains(other), page.list(0));
    }

    @Test
    void shouldTransferAfterAConfirmationAndShowTheHistoryOnThePersonsPage() {
        long provider = Fixtures.provider();
        String fromTitle = Api.unique("Kurs A ");
        String toTitle = Api.unique("Kurs B ");
        long from = newCourse(provider, fromTitle, Fixtures.teacher(provider));
        long to = newCourse(provider, toTitle, Fixtures.teacher(provider));
        long participant = Fixtures.participant(provider);
        String name = lastName(participant);
        assertEquals(
                201,
                Api.admin()
                        .post("/api/courses/" + from + "/enrollments", "{\"participantId\":" + participant + "}")
                        .status());
        String planner = Fixtures.user("PROVIDER", provider);

        LoginPage.open(browser).signInAs(planner, Fixtures.PASSWORD);
        CourseParticipantsPage page = CourseParticipantsPage.open(browser, from);
        assertTrue(page.hasPlanningControls(), "a planner gets the controls");
        page.transferFirstEnrolled(toTitle);

        assertFalse(page.list(0).contains(name), page.list(0));
        assertTrue(page.list(2).contains(name) && page.list(2).contains("Wechsel in einen anderen Kurs"), page.list(2));
        assertEquals(
                "ENROLLED",
                Api.admin()
                        .get("/api/courses/" + to + "/enrollments")
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("status"));

        page.openPerson(2);
        ParticipantDetailPage person = new ParticipantDetailPage(browser);
        assertTrue(person.facts().contains(name), person.facts());
        assertTrue(person.history().contains("gewechselt in „" + toTitle + "“"), person.history());
        assertTrue(person.history().contains("gewechselt aus „" + fromTitle + "“"), person.history());
        assertTrue(
                person.accessLog().contains("umgebucht") && person.accessLog().contains(planner), person.accessLog());
        assertTrue(person.accessLog().contains("angesehen"), "this very view is logged: " + person.accessLog());
    }

    @Test
    void shouldPrintACertificateFromTheListAndLogItAsAnExport() throws Exception {
        long provider = Fixtures.provider();
        long courseId = newCourse(provider, Api.unique("Kurs "), Fixtures.teacher(provider));
        long participant = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post("/api/courses/" + courseId + "/enrollments", "{\"participantId\":" + participant + "}")
                        .status());
        String planner = Fixtures.user("PROVIDER", provider);

        LoginPage.open(browser).signInAs(planner, Fixtures.PASSWORD);
        CourseParticipantsPage page = CourseParticipantsPage.open(browser, courseId);
        String certificate = PdfText.of(page.printCertificateOfFirstEnrolled());

        assertTrue(certificate.contains(lastName(participant)), "the certificate names the person: " + certificate);
        browser.waiting().until(driver -> exportsBy(planner, participant) == 1);
        assertTrue(page.list(0).contains(lastName(participant)), "the page stays: " + page.list(0));
    }

    @Test
    void shouldKeepProgrammeStaffAwayFromACoursesParticipants() {
        long provider = Fixtures.provider();
        long courseId = newCourse(provider, Api.unique("Kurs "), Fixtures.teacher(provider));

        LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        browser.go("/courses/participants.xhtml?id=" + courseId);

        assertTrue(
                browser.driver().getTitle().contains("Kein Zugriff"),
                browser.driver().getTitle());
    }

    @Test
    void shouldShowATeacherTheParticipantsOfTheirCourseWithoutControlsAndNoOtherCourse() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long own = newCourse(provider, Api.unique("Kurs "), Fixtures.userId(teacher));
        long other = newCourse(provider, Api.unique("Kurs "), Fixtures.teacher(provider));
        long participant = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post("/api/courses/" + own + "/enrollments", "{\"participantId\":" + participant + "}")
                        .status());

        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        CourseParticipantsPage page = CourseParticipantsPage.openToRead(browser, own);
        assertTrue(page.list(0).contains(lastName(participant)), page.list(0));
        assertFalse(page.hasPlanningControls(), "a teacher only reads the list");

        browser.go("/courses/participants.xhtml?id=" + other);
        assertTrue(
                browser.driver().getPageSource().contains("errorText")
                        && browser.driver().getTitle().contains("nicht gefunden"),
                browser.driver().getTitle());
        browser.go("/participants/detail.xhtml?id=" + participant);
        assertTrue(
                browser.driver().getTitle().contains("Kein Zugriff"),
                browser.driver().getTitle());
    }

    private static int exportsBy(String actor, long participant) {
        try (Connection c = TestApp.database().connect();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_log"
                        + " WHERE action = 'EXPORT' AND entity_type = 'participant' AND entity_id = ? AND actor = ?")) {
            s.setLong(1, participant);
            s.setString(2, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long newCourse(long provider, String title, long teacherId) {
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), teacherId)
                                .text("title", title)
                                .text("startDate", START.toString())
                                .text("endDate", END.toString())
                                .json());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String lastName(long participantId) {
        return Api.admin().get("/api/participants/" + participantId).json().getString("lastName");
    }
}
