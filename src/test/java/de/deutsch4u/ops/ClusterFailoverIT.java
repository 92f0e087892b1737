package de.deutsch4u.ops;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.testsupport.WebSession;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §10: two instances with the same CLUSTER_MEMBERS on one database. A teacher signs in through A
 * and opens an attendance sheet there; A stops; the same browser session (cookie and the page's view state)
 * goes on through B without signing in again, and the save reaches the database.
 */
@Tag("db")
@ExtendWith(TestApp.class)
class ClusterFailoverIT {

    private static final Map<String, String> AJAX = Map.of("Faces-Request", "partial/ajax");
    private static final Pattern DRAFT_VERSION =
            Pattern.compile("id=\"sheetForm:draftVersion\"[^>]*value=\"([^\"]*)\"");
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));

    private static AppProcess first;
    private static AppProcess second;

    @BeforeAll
    static void startTwoClusteredInstances() throws Exception {
        int firstPort = AppProcess.freePort();
        int secondPort = AppProcess.freePort();
        String members = "127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort;
        first = AppProcess.start(instance(members, firstPort, "it-cluster-a"), "it-cluster-a.log");
        second = AppProcess.start(instance(members, secondPort, "it-cluster-b"), "it-cluster-b.log");
        // Two Payara start-ups at once: about 40 s on a quiet 2-core machine, minutes when other builds share it.
        first.awaitReady(Duration.ofMinutes(10));
        second.awaitReady(Duration.ofMinutes(10));
    }

    private static Map<String, String> instance(String members, int clusterPort, String name) {
        return Map.of(
                "DB_URL", TestApp.database().url(),
                "DB_USER", TestApp.database().user(),
                "DB_PASSWORD", TestApp.database().password(),
                "CLUSTER_MEMBERS", members,
                "CLUSTER_PORT", String.valueOf(clusterPort),
                "PAYARA_XMX", "512m",
                "DATA_DIR", AppProcess.target().resolve(name + "-data").toString());
    }

    @AfterAll
    static void stopInstances() throws Exception {
        for (AppProcess instance : new AppProcess[] {first, second}) {
            if (instance != null && instance.process().isAlive()) {
                instance.stop();
            }
        }
    }

    @Test
    void shouldKeepTheSignInAndTheOpenPageWhenTheInstanceStops() throws Exception {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long courseId = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .everyDay(TODAY.minusDays(7), TODAY.plusDays(7))
                                .json())
                .json()
                .getJsonNumber("id")
                .longValue();
        long session = Fixtures.todaysSession(courseId);
        long participant = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/enrollments",
                                "{\"participantId\":" + participant + ",\"fromDate\":\"" + TODAY.minusDays(7) + "\"}")
                        .status());

        WebSession browser = WebSession.signedIn(first.baseUrl(), teacher, Fixtures.PASSWORD);
        HttpResponse<String> sheet = browser.get("/attendance/session.xhtml?id=" + session);
        assertEquals(200, sheet.statusCode(), "the sheet opens on A");
        assertTrue(sheet.body().contains("sheetForm:lines:0:status"), "one line to fill in");

        first.stop();
        browser.at(second.baseUrl());
        HttpResponse<String> saved = browser.post("/attendance/session.xhtml?id=" + session, save(sheet), AJAX);

        assertEquals(200, saved.statusCode(), saved.body());
        assertFalse(saved.body().contains("login.xhtml"), "no new sign-in on B: " + saved.body());
        assertTrue(saved.body().contains("gespeichert"), "the page's own save message: " + saved.body());
        JsonObject stored =
                Api.admin().get("/api/sessions/" + session + "/attendance").json();
        assertEquals("Im Cluster gespeichert", stored.getString("topic"));
        assertEquals("ABSENT", stored.getJsonArray("entries").getJsonObject(0).getString("status"));
        assertEquals(200, browser.get("/attendance/today.xhtml").statusCode(), "still signed in on B");
    }

    /** What PrimeFaces sends for the save button of the sheet opened on A: its view state and CSP nonce. */
    private static Map<String, String> save(HttpResponse<String> sheet) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "sheetForm:save");
        form.put("jakarta.faces.partial.execute", "sheetForm:save sheetForm");
        form.put("jakarta.faces.partial.render", "sheetForm changesPanel sessionHead");
        form.put("sheetForm:save", "sheetForm:save");
        form.put("sheetForm", "sheetForm");
        Matcher draft = DRAFT_VERSION.matcher(sheet.body());
        form.put("sheetForm:draftVersion", draft.find() ? draft.group(1) : "");
        form.put("sheetForm:lines:0:status", "ABSENT");
        form.put("sheetForm:topic", "Im Cluster gespeichert");
        form.put("jakarta.faces.ViewState", WebSession.viewState(sheet.body()));
        form.put("primefaces.nonce", WebSession.nonce(sheet));
        return form;
    }
}
