package de.deutsch4u.ops;

import static de.deutsch4u.ops.ApiErrorsIT.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.CourseJson;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.OpenApi;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §8 "bad input": a body of the wrong shape or type is a 400 with the error body, never a 500. */
@Tag("db")
@ExtendWith(TestApp.class)
class BadInputIT {

    @Test
    void shouldAnswer400ForANullBodyOnEveryEndpointThatTakesJson() {
        List<OpenApi.Endpoint> endpoints =
                OpenApi.endpoints().stream().filter(OpenApi.Endpoint::takesJson).toList();
        assertTrue(endpoints.size() >= 15, "write endpoints found in /openapi: " + endpoints);
        List<String> failures = new ArrayList<>();
        // Referrals are made by district offices only: ADMIN would get 403 before the body is read.
        Api districtOffice = Fixtures.as(Fixtures.districtUser(1));
        for (OpenApi.Endpoint endpoint : endpoints) {
            Api caller = endpoint.method().equals("POST") && endpoint.path().equals("/api/referrals")
                    ? districtOffice
                    : Api.admin();
            for (String body : List.of("null", "\"text\"", "42", "[]", "[{}]")) {
                Api.Response response = caller.send(
                        endpoint.method(),
                        endpoint.pathWith(name -> name.equals("month") ? "2026-01" : "1"),
                        "application/json",
                        body);
                if (response.status() != 400 || !response.body().contains("\"code\"")) {
                    failures.add(endpoint + " " + body + " -> " + response.status() + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldRefuseARatePerUnitAbove1000Euros() {
        long provider = Fixtures.provider();
        CourseJson course = CourseJson.course(provider, Fixtures.location(provider), Fixtures.teacher(provider));
        for (String rate : List.of("1e308", "1000.01", "-1", "4.555")) {
            JsonObject error = assertError(
                    Api.admin()
                            .post(
                                    "/api/courses",
                                    course.raw("ratePerUnit", rate).json()),
                    400,
                    "validation.failed");
            assertEquals(
                    "ratePerUnit",
                    error.getJsonArray("violations").getJsonObject(0).getString("field"),
                    rate);
        }
        JsonObject error = assertError(
                Api.admin()
                        .post(
                                "/api/courses",
                                course.raw("ratePerUnit", "5")
                                        .raw("fundingCap", "1e308")
                                        .json()),
                400,
                "validation.failed");
        assertEquals(
                "fundingCap", error.getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course.raw("ratePerUnit", "1000")
                                .raw("fundingCap", "250000.50")
                                .json());
        assertEquals(201, created.status(), created.body());
    }

    @Test
    void shouldRefuseValuesOfTheWrongTypeInsteadOfConvertingThem() {
        String name = Api.unique("Träger ");
        assertError(
                Api.admin().post("/api/providers", "{\"name\":[\"" + name + "\"],\"districtId\":1}"),
                400,
                "request.malformed");
        assertFalse(Api.admin().get("/api/providers").body().contains(name), "no provider named [\"...\"]");
        assertError(
                Api.admin().post("/api/providers", "{\"name\":\"" + name + "\",\"districtId\":\"1\"}"),
                400,
                "request.malformed");
        assertError(
                Api.admin().post("/api/providers", "{\"name\":\"" + name + "\",\"districtId\":1.7}"),
                400,
                "request.malformed");
        long provider = Fixtures.provider();
        long location = Fixtures.location(provider);
        for (String id : List.of(location + ".7", "9223372036854775808", "18446744073709551616" + location)) {
            assertError(
                    Api.admin()
                            .post(
                                    "/api/courses",
                                    CourseJson.course(provider, location, Fixtures.teacher(provider))
                                            .raw("locationId", id)
                                            .json()),
                    400,
                    "request.malformed");
        }
        assertError(
                Api.admin()
                        .post(
                                "/api/courses",
                                CourseJson.course(provider, location, Fixtures.teacher(provider))
                                        .text("level", "C3")
                                        .json()),
                400,
                "request.malformed");
    }
}
