package de.deutsch4u.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "Errors": every API error is the JSON error object, never HTML, never a stack trace. */
@Tag("db")
@ExtendWith(TestApp.class)
class ApiErrorsIT {

    @Test
    void shouldAnswer401WithJsonAndBasicChallengeWithoutLogin() {
        Api.Response response = Api.anonymous().get("/api/providers");
        assertError(response, 401, "auth.required");
        assertTrue(response.header("WWW-Authenticate").startsWith("Basic"));
        assertNull(response.header("Set-Cookie"), "the API must not create sessions");
    }

    @Test
    void shouldAnswer401ForWrongPassword() {
        assertError(Api.as("admin", "wrong-password-123").get("/api/districts"), 401, "auth.invalidCredentials");
    }

    @Test
    void shouldCreateNoSessionForAuthenticatedCalls() {
        Api.Response response = Api.admin().get("/api/districts");
        assertEquals(200, response.status());
        assertNull(response.header("Set-Cookie"));
    }

    @Test
    void shouldAnswer404ForUnknownPathsAndIds() {
        assertError(Api.admin().get("/api/no-such-thing"), 404, "notFound");
        assertError(Api.admin().get("/api/providers/999999"), 404, "provider.notFound");
    }

    @Test
    void shouldAnswer400ForMalformedJson() {
        assertError(Api.admin().post("/api/providers", "{\"name\": \"x\","), 400, "request.malformed");
        assertError(Api.admin().post("/api/providers", "[1, 2]"), 400, "request.malformed");
    }

    @Test
    void shouldAnswer400ForWrongTypes() {
        assertError(
                Api.admin().post("/api/providers", "{\"name\": \"x\", \"districtId\": \"abc\"}"),
                400,
                "request.malformed");
    }

    @Test
    void shouldAnswer400ForAMissingBody() {
        Api.Response response = Api.admin().send("POST", "/api/providers", "application/json", null);
        assertEquals(400, response.status(), response.body());
        assertEquals("application/json", response.header("Content-Type").split(";")[0]);
    }

    @Test
    void shouldListEveryInvalidFieldAsViolation() {
        Api.Response response = Api.admin().post("/api/providers", "{\"name\": \"\"}");
        JsonObject error = assertError(response, 400, "validation.failed");
        assertEquals(2, error.getJsonArray("violations").size());
        assertEquals(
                "districtId", error.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals("name", error.getJsonArray("violations").getJsonObject(1).getString("field"));
        assertEquals(
                "Bitte ausfüllen.",
                error.getJsonArray("violations").getJsonObject(1).getString("message"));
    }

    @Test
    void shouldSpeakEnglishWhenAskedTo() {
        JsonObject error = assertError(
                Api.admin().inLanguage("en").post("/api/providers", "{\"name\": \"\"}"), 400, "validation.failed");
        assertEquals("Some of the data is invalid.", error.getString("message"));
        assertEquals(
                "Please fill in.",
                error.getJsonArray("violations").getJsonObject(1).getString("message"));
    }

    @Test
    void shouldSpeakGermanByDefault() {
        JsonObject error = assertError(Api.admin().get("/api/providers/999999"), 404, "provider.notFound");
        assertEquals("Träger 999999 wurde nicht gefunden.", error.getString("message"));
    }

    @Test
    void shouldAnswer405And415AsJson() {
        assertError(Api.admin().send("DELETE", "/api/providers", null, null), 405, "request.methodNotAllowed");
        assertError(Api.admin().send("POST", "/api/providers", "text/plain", "x"), 415, "request.unsupportedMediaType");
    }

    @Test
    void shouldAnswer400ForABadDateParameter() {
        JsonObject error = assertError(Api.admin().get("/api/districts?date=2026-13-45"), 400, "validation.failed");
        assertEquals("date", error.getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    static JsonObject assertError(Api.Response response, int status, String code) {
        assertEquals(status, response.status(), response.body());
        assertEquals("application/json", response.header("Content-Type").split(";")[0]);
        JsonObject error = response.json();
        assertEquals(status, error.getInt("status"));
        assertEquals(code, error.getString("code"));
        assertFalse(error.getString("message").isBlank());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception names: " + response.body());
        return error;
    }
}
