package de.deutsch4u.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.MalformedJson;
import de.deutsch4u.testsupport.OpenApi;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §8, property-based: for every endpoint in /openapi that takes JSON, generated malformed bodies
 * (MalformedJson) aimed at real objects are answered with a 4xx and the error body of §5, and change no data.
 * The seed is random per run and printed with every failure; {@code -Dfuzz.seed=N} repeats a run.
 */
@Tag("db")
@ExtendWith(TestApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedBodyFuzzIT {

    private static final int BODIES_PER_ENDPOINT = 25;

    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private Map<String, String> ids;
    private List<String> watched;

    @BeforeAll
    void someOfEverything() {
        long provider = Fixtures.provider();
        long location = Fixtures.location(provider);
        LocalDate firstDay = LocalDate.now().minusDays(20);
        long courseId = Fixtures.courseWithOnePresence(provider, Api.unique("Fuzz "), firstDay, 10);
        long participant = Fixtures.participant(provider);
        Api.Response enrolled = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participant + ",\"fromDate\":\"" + firstDay + "\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        String session = Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getJsonObject(1)
                .getJsonNumber("id")
                .toString();
        String teacher = String.valueOf(Fixtures.teacher(provider));
        ids = Map.of(
                "courses",
                String.valueOf(courseId),
                "sessions",
                session,
                "locations",
                String.valueOf(location),
                "participants",
                String.valueOf(participant),
                "providers",
                String.valueOf(provider),
                "enrollments",
                enrolled.json().getJsonNumber("id").toString(),
                "users",
                teacher);
        watched = List.of(
                "/api/providers",
                "/api/locations",
                "/api/courses",
                "/api/participants",
                "/api/users",
                "/api/courses/" + courseId,
                "/api/courses/" + courseId + "/sessions",
                "/api/courses/" + courseId + "/enrollments",
                "/api/courses/" + courseId + "/month-closings",
                "/api/sessions/" + session + "/attendance",
                "/api/participants/" + participant,
                "/api/locations/" + location,
                "/api/providers/" + provider);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesMalformedBodies() {
        List<OpenApi.Endpoint> endpoints =
                OpenApi.endpoints().stream().filter(OpenApi.Endpoint::takesJson).toList();
        assertTrue(endpoints.size() >= 15, "endpoints with a JSON body in /openapi: " + endpoints);
        return endpoints.stream()
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> refuses(endpoint)));
    }

    private void refuses(OpenApi.Endpoint endpoint) {
        String path = endpoint.pathWith(parameter -> idFor(endpoint, parameter));
        MalformedJson generator = new MalformedJson(seed ^ endpoint.toString().hashCode(), endpoint::resolve);
        List<String> before = snapshot();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
            String body = generator.body(endpoint.bodyProperties());
            Api.Response response = Api.admin().send(endpoint.method(), path, "application/json", body);
            if (!isErrorBody(response)) {
                failures.add(body + " -> " + response.status() + " " + response.body());
            }
        }
        assertEquals(List.of(), failures, endpoint + " " + path + ", seed " + seed);
        assertEquals(before, snapshot(), "data changed by malformed bodies to " + path + ", seed " + seed);
    }

    /** A real object for {id} (by the path's first segment: courses, sessions, ...) and for {courseId} etc. */
    private String idFor(OpenApi.Endpoint endpoint, String parameter) {
        if (parameter.equals("month")) {
            return LocalDate.now().minusMonths(1).toString().substring(0, 7);
        }
        String resource = parameter.equals("id") ? endpoint.resource() : parameter.replace("Id", "") + "s";
        return ids.getOrDefault(resource, ids.get("courses"));
    }

    private List<String> snapshot() {
        return watched.stream()
                .map(path -> path + " " + Api.admin().get(path).body())
                .toList();
    }

    private static boolean isErrorBody(Api.Response response) {
        if (response.status() < 400
                || response.status() >= 500
                || response.status() == 401
                || !"application/json"
                        .equals(String.valueOf(response.header("Content-Type")).split(";")[0])) {
            return false;
        }
        JsonObject error = response.json();
        return error.getInt("status", 0) == response.status()
                && !error.getString("code", "").isBlank()
                && !error.getString("message", "").isBlank()
                && !response.body().contains("Exception");
    }
}
