package de.deutsch4u.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §3: health, metrics and the OpenAPI document need no login. */
@Tag("db")
@ExtendWith(TestApp.class)
class OperationsIT {

    @Test
    void shouldReportReadyWithTheDatabaseCheck() {
        Api.Response response = Api.anonymous().get("/health/ready");
        assertEquals(200, response.status(), response.body());
        assertEquals("UP", response.json().getString("status"));
        assertTrue(response.body().contains("\"database\""), response.body());
    }

    @Test
    void shouldReportLive() {
        Api.Response response = Api.anonymous().get("/health/live");
        assertEquals(200, response.status(), response.body());
        assertEquals("UP", response.json().getString("status"));
    }

    @Test
    void shouldServePrometheusMetrics() {
        Api.Response response = Api.anonymous().get("/metrics");
        assertEquals(200, response.status());
        assertTrue(response.body().contains("# TYPE"), "Prometheus text format");
    }

    @Test
    void shouldDocumentEveryApiEndpointUnderItsFullPath() {
        Api.Response response = Api.anonymous().get("/openapi");
        assertEquals(200, response.status());
        for (String path : new String[] {
            "/api/districts:", "/api/providers:", "/api/providers/{id}:", "/api/users:", "/api/users/{id}:"
        }) {
            assertTrue(response.body().contains(path), "missing " + path + " in\n" + response.body());
        }
    }

    @Test
    void shouldSendBrowsersToTheGermanLoginPage() {
        Api.Response response = Api.anonymous().get("/");
        assertEquals(302, response.status());
        assertTrue(response.header("Location").contains("/login.xhtml"), response.header("Location"));
        Api.Response login = Api.anonymous().get("/login.xhtml");
        assertEquals(200, login.status());
        assertTrue(login.body().contains("Anmeldung"), "German login page");
        assertTrue(login.body().contains("lang=\"de\""), "page language declared");
    }
}
