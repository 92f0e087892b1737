package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.testsupport.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pages answer a refused role, an expired view and a post without the CSP nonce with a page, never a 500. */
@Tag("db")
@ExtendWith(TestApp.class)
class PageErrorsIT {

    private static final Map<String, String> AJAX = Map.of("Faces-Request", "partial/ajax");

    @Test
    void shouldShowTheForbiddenPageWhenProgrammeStaffOpenAttendance() {
        long provider = Fixtures.provider();
        long course = Fixtures.courseWithOnePresence(
                provider, Api.unique("Anwesenheit "), LocalDate.now().minusDays(10), 10);
        String session = Api.admin()
                .get("/api/courses/" + course + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        WebSession programme = WebSession.signedIn(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        for (String page : new String[] {
            "/attendance/session.xhtml?id=" + session,
            "/courses/attendance.xhtml?id=" + course,
            "/attendance/today.xhtml"
        }) {
            HttpResponse<String> response = programme.get(page);
            assertEquals(403, response.statusCode(), page + ": " + response.body());
            assertTrue(response.body().contains("Kein Zugriff"), page + ": " + response.body());
            assertFalse(response.body().contains("Fehlernummer"), page);
        }
        assertEquals(
                200, programme.get("/courses/detail.xhtml?id=" + course).statusCode(), "the course itself stays open");
    }

    @Test
    void shouldAskToReloadAnExpiredView() {
        WebSession browser = WebSession.anonymous();
        String nonce = WebSession.nonce(browser.get("/login.xhtml"));
        Map<String, String> stale = loginForm("stale-view-state");
        stale.put("primefaces.nonce", nonce);
        HttpResponse<String> response = browser.post("/login.xhtml", stale, Map.of());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Sitzung abgelaufen"), response.body());
        assertFalse(response.body().contains("Fehlernummer"));

        HttpResponse<String> partial = browser.post("/login.xhtml", ajax(stale), AJAX);
        assertEquals(200, partial.statusCode(), partial.body());
        assertTrue(partial.body().contains("Sitzung abgelaufen"), partial.body());
    }

    @Test
    void shouldSendAFormPostWithoutTheCspNonceBackToItsPage() {
        WebSession browser = WebSession.signedIn(Fixtures.user("PROVIDER", Fixtures.provider()), Fixtures.PASSWORD);
        HttpResponse<String> page = browser.get("/login.xhtml?continue=%2Fcourses%2Flist.xhtml");
        Map<String, String> form = loginForm(WebSession.viewState(page.body()));

        HttpResponse<String> partial = browser.post("/login.xhtml?continue=%2Fcourses%2Flist.xhtml", ajax(form), AJAX);
        assertEquals(200, partial.statusCode(), partial.body());
        assertTrue(
                partial.body().contains("<redirect url=\"/login.xhtml?continue=%2Fcourses%2Flist.xhtml\""),
                partial.body());

        HttpResponse<String> plain = browser.post("/login.xhtml", form, Map.of());
        assertEquals(303, plain.statusCode(), plain.body());
        assertEquals("/login.xhtml", plain.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> expired = browser.post("/login.xhtml", ajax(loginForm("stale-view-state")), AJAX);
        assertEquals(200, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("<redirect"), expired.body());
    }

    private static Map<String, String> loginForm(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", "");
        form.put("loginForm:password", "");
        form.put("loginForm:continue", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static Map<String, String> ajax(Map<String, String> form) {
        Map<String, String> ajax = new LinkedHashMap<>(form);
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", "loginForm:submit");
        ajax.put("jakarta.faces.partial.execute", "loginForm");
        ajax.put("jakarta.faces.partial.render", "loginForm");
        ajax.put("loginForm:submit", "loginForm:submit");
        return ajax;
    }
}
