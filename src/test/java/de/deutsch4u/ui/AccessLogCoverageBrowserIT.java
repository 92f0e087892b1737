package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract §7: every page that shows a participant's name writes a VIEW entry naming the participant's id. Visits
 * each such page as the provider's staff and finds the entry in GET /api/audit.
 */
class AccessLogCoverageBrowserIT extends BrowserTest {

    @Test
    void shouldFindAViewEntryForEveryPageThatShowsAName() {
        long provider = Fixtures.provider();
        long course = Fixtures.courseWithOnePresence(
                provider,
                "Kurs für das Zugriffsprotokoll",
                LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(20),
                10);
        long participant = Api.admin()
                .get("/api/courses/" + course + "/enrollments")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("participantId")
                .longValue();
        long session = Api.admin()
                .get("/api/courses/" + course + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String staff = Fixtures.user("PROVIDER", provider);
        LoginPage.open(browser).signInAs(staff, Fixtures.PASSWORD);

        Map<String, String> pages = Map.of(
                "/participants/list.xhtml",
                "participant list",
                "/courses/participants.xhtml?id=" + course,
                "courses/participants.xhtml courseId=" + course,
                "/courses/attendance.xhtml?id=" + course,
                "courses/attendance.xhtml courseId=" + course,
                "/attendance/session.xhtml?id=" + session,
                "attendance/session.xhtml sessionId=" + session);
        pages.forEach((path, where) -> {
            browser.go(path);
            String trail = Api.admin()
                    .get("/api/audit?entity=participant&entityId=" + participant + "&username=" + staff)
                    .body();
            assertTrue(
                    trail.contains("\"action\":\"VIEW\"") && trail.contains("\"new\":\"" + where + "\""),
                    path + " left no VIEW entry: " + trail);
        });
        int before = Integer.parseInt(Api.admin()
                .get("/api/audit?entity=participant&entityId=" + participant + "&username=" + staff)
                .header("X-Total-Count"));
        browser.go("/participants/detail.xhtml?id=" + participant);
        assertEquals(
                before + 1,
                Integer.parseInt(Api.admin()
                        .get("/api/audit?entity=participant&entityId=" + participant + "&username=" + staff)
                        .header("X-Total-Count")),
                "the person's page is one VIEW");
    }
}
