package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.OpenApi;
import de.deutsch4u.testsupport.TestApp;
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
 * Contract §4 as a matrix, generated from /openapi so that a new endpoint is covered without being listed:
 * every endpoint, aimed at the objects of provider A (whose location is in Darmstadt), called by anonymous,
 * PROGRAMME, the PROVIDER and TEACHER of another provider B, and DISTRICT accounts of Darmstadt and of another
 * district (contract §11). Anonymous gets 401; nobody gets a 5xx; B's accounts and the other district get 403 or
 * 404 for A's objects and never see A's names; PROGRAMME and Darmstadt's DISTRICT account get 403 on participant,
 * enrollment and attendance endpoints and never see a participant's name.
 */
@Tag("db")
@ExtendWith(TestApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixIT {

    private Map<String, String> ids;
    private List<String> namesOfA;
    private String participantName;
    private Map<String, Api> callers;

    @BeforeAll
    void twoProviders() {
        long providerA = Fixtures.provider();
        String title = Api.unique("Matrixkurs ");
        LocalDate firstDay = LocalDate.now().minusDays(20);
        long course = Fixtures.courseWithOnePresence(providerA, title, firstDay, 10);
        String participant = Api.admin()
                .get("/api/courses/" + course + "/enrollments")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("participantId")
                .toString();
        String enrollment = Api.admin()
                .get("/api/courses/" + course + "/enrollments")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        participantName =
                Api.admin().get("/api/participants/" + participant).json().getString("lastName");
        String session = Api.admin()
                .get("/api/courses/" + course + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        String location = Api.admin()
                .get("/api/courses/" + course)
                .json()
                .getJsonNumber("locationId")
                .toString();
        String locationName =
                Api.admin().get("/api/locations/" + location).json().getString("name");
        String teacherA = String.valueOf(Fixtures.teacher(providerA));
        ids = Map.of(
                "courses",
                String.valueOf(course),
                "sessions",
                session,
                "locations",
                location,
                "participants",
                participant,
                "providers",
                String.valueOf(providerA),
                "enrollments",
                enrollment,
                "users",
                teacherA);
        namesOfA = List.of(title, participantName, locationName);

        long providerB = Fixtures.provider();
        callers = Map.of(
                "anonymous",
                Api.anonymous(),
                "PROGRAMME",
                Fixtures.as(Fixtures.user("PROGRAMME", null)),
                "PROVIDER of B",
                Fixtures.as(Fixtures.user("PROVIDER", providerB)),
                "TEACHER of B",
                Fixtures.as(Fixtures.user("TEACHER", providerB)),
                "DISTRICT of A's district",
                Fixtures.as(Fixtures.districtUser(1)),
                "DISTRICT of another district",
                Fixtures.as(Fixtures.districtUser(2, 6)));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointKeepsProvidersApart() {
        List<OpenApi.Endpoint> endpoints = OpenApi.endpoints();
        assertTrue(endpoints.size() >= 30, "endpoints in /openapi: " + endpoints);
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> check(endpoint)));
    }

    private void check(OpenApi.Endpoint endpoint) {
        String path = endpoint.pathWith(parameter -> idFor(endpoint, parameter)) + query(endpoint);
        String body = endpoint.takesJson() ? "{}" : null;
        List<String> failures = new ArrayList<>();
        callers.forEach((role, api) -> {
            Api.Response response = api.send(endpoint.method(), path, body == null ? null : "application/json", body);
            String problem = problem(role, endpoint, response);
            if (problem != null) {
                failures.add(
                        role + ": " + problem + " (" + response.status() + " " + abbreviate(response.body()) + ")");
            }
        });
        assertEquals(List.of(), failures, endpoint + " as " + path);
    }

    /** What is wrong with the answer, by contract §4; null if nothing. */
    private String problem(String role, OpenApi.Endpoint endpoint, Api.Response response) {
        int status = response.status();
        boolean isPublic = endpoint.path().startsWith("/api/public/");
        if (status >= 500) {
            return "a server error";
        }
        if (role.equals("anonymous")) {
            return status == 401 || isPublic ? null : "anonymous callers need to sign in (401)";
        }
        boolean success = status >= 200 && status < 300;
        if (role.equals("PROGRAMME") || role.equals("DISTRICT of A's district")) {
            if (isPersonal(endpoint) && status != 403) {
                return role + " may never reach participant, enrollment or attendance endpoints (403)";
            }
            return success && response.body().contains(participantName)
                    ? "a participant's name shown to " + role
                    : null;
        }
        if (success && namesOfA.stream().anyMatch(response.body()::contains)) {
            return "provider A's data shown to another provider or district";
        }
        boolean scoped = endpoint.path().contains("{") && !isPublic;
        if (scoped && !(status == 403 || status == 404 || status == 400 && endpoint.writes())) {
            return "provider A's object reached by another provider or district (want 404, or 403 for a forbidden action)";
        }
        return null;
    }

    private static boolean isPersonal(OpenApi.Endpoint endpoint) {
        String path = endpoint.path();
        return path.startsWith("/api/participants") || path.contains("/enrollments") || path.contains("/attendance");
    }

    /** A of A's objects for {id} (by the path's first segment) and for {courseId} etc. */
    private String idFor(OpenApi.Endpoint endpoint, String parameter) {
        if (parameter.equals("month")) {
            return LocalDate.now().minusMonths(1).toString().substring(0, 7);
        }
        String resource = parameter.equals("id") ? endpoint.resource() : parameter.replace("Id", "") + "s";
        return ids.getOrDefault(resource, "999999");
    }

    /** Query parameters that some reads require (period, month, year); the others ignore them. */
    private static String query(OpenApi.Endpoint endpoint) {
        LocalDate today = LocalDate.now();
        return endpoint.method().equals("GET")
                ? "?from=" + today.minusMonths(2) + "&to=" + today + "&year=" + today.getYear() + "&month="
                        + today.minusMonths(1).toString().substring(0, 7)
                : "";
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
