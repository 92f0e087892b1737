package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.testsupport.WebSession;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §9 and §7: security headers, the session cookie, no caching of personal data, no WADL. */
@Tag("db")
@ExtendWith(TestApp.class)
class SecurityHeadersIT {

    @Test
    void shouldSendSecurityHeadersAndAStrictSessionCookieWithPages() {
        HttpResponse<String> login = WebSession.anonymous().get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertCommonHeaders(login.headers());
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(null));
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : List.of(
                "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "script-src 'self' 'nonce-")) {
            assertTrue(csp.contains(directive), directive + " in " + csp);
        }
        String cookie = sessionCookie(login.headers());
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP without a proxy saying otherwise: " + cookie);
    }

    @Test
    void shouldMarkTheSessionCookieSecureBehindATrustedHttpsProxy() {
        WebSession browser = WebSession.anonymous();
        HttpResponse<String> login = browser.get("/login.xhtml", Map.of("X-Forwarded-Proto", "https"));
        String cookie = sessionCookie(login.headers());
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(sessionCookie(browser.get("/login.xhtml", Map.of("X-Forwarded-Proto", "http"))
                        .headers())
                .contains("Secure"));
    }

    @Test
    void shouldNeverLetPagesApiAnswersOrFilesBeCached() {
        long provider = Fixtures.provider();
        Fixtures.courseWithOnePresence(
                provider, Api.unique("Kurs "), LocalDate.now().minusDays(10), 10);
        WebSession page = WebSession.signedIn(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        HttpResponse<String> courses = page.get("/courses/list.xhtml");
        assertEquals(200, courses.statusCode());
        assertEquals("no-store", courses.headers().firstValue("Cache-Control").orElse(null));
        assertCommonHeaders(courses.headers());

        Api.Response participants = Api.admin().get("/api/participants");
        assertEquals(200, participants.status());
        assertEquals("no-store", participants.header("Cache-Control"));
        assertCommonHeaders(participants.raw().headers());
        String period = "from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now();
        for (String format : List.of("csv", "xlsx", "pdf")) {
            HttpResponse<byte[]> file = Api.admin().getBytes("/api/reports/usage?" + period + "&format=" + format);
            assertEquals(200, file.statusCode(), format);
            assertEquals("no-store", file.headers().firstValue("Cache-Control").orElse(null), format);
        }
    }

    @Test
    void shouldLetStaticResourcesBeCached() {
        HttpResponse<String> login = WebSession.anonymous().get("/login.xhtml");
        String stylesheet = login.body()
                .replaceAll("(?s).*href=\"(/jakarta.faces.resource/[^\"]+\\.css[^\"]*)\".*", "$1")
                .replace("&amp;", "&");
        HttpResponse<String> css = WebSession.anonymous().get(stylesheet);
        assertEquals(200, css.statusCode(), stylesheet);
        assertNotEquals("no-store", css.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                "nosniff", css.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void shouldNotDescribeTheApiAsWadl() {
        Api.Response options = Api.admin().send("OPTIONS", "/api/providers", null, null);
        assertTrue(options.status() < 500, options.status() + " " + options.body());
        assertFalse(options.body().contains("wadl"), options.body());
        Api.Response wadl = Api.admin().get("/api/application.wadl");
        assertEquals(404, wadl.status(), wadl.body());
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null));
    }

    /** The last Set-Cookie for JSESSIONID: the one a browser keeps. */
    private static String sessionCookie(HttpHeaders headers) {
        List<String> cookies = headers.allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .toList();
        assertFalse(cookies.isEmpty(), "no session cookie: " + headers.map());
        return cookies.get(cookies.size() - 1);
    }
}
