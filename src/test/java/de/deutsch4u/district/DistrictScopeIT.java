package de.deutsch4u.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §11, role DISTRICT: an account of Frankfurt (2) and Offenbach (3) sees the courses, locations, sessions
 * and reports of courses at locations there, nothing of a course in Wiesbaden (4) of the same provider, and no
 * participant, enrollment or attendance at all.
 */
@Tag("db")
@ExtendWith(TestApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictScopeIT {

    private static final LocalDate FIRST_DAY = LocalDate.now().minusDays(20);

    private long provider;
    private long insideLocation;
    private long outsideLocation;
    private long insideCourse;
    private long outsideCourse;
    private Api district;

    @BeforeAll
    void oneProviderInsideAndOutside() {
        provider = Fixtures.provider();
        insideLocation = Fixtures.location(provider, 3);
        outsideLocation = Fixtures.location(provider, 4);
        insideCourse = Fixtures.courseWithOnePresence(
                provider, insideLocation, Api.unique("Offenbacher Kurs "), FIRST_DAY, 12);
        outsideCourse = Fixtures.courseWithOnePresence(
                provider, outsideLocation, Api.unique("Wiesbadener Kurs "), FIRST_DAY, 12);
        district = Fixtures.as(Fixtures.districtUser(2, 3));
    }

    @Test
    void shouldCreateADistrictAccountOnlyWithKnownDistrictsAndShowThem() {
        String username = Fixtures.districtUser(3, 2);
        JsonObject account =
                Api.admin().get("/api/users/" + Fixtures.userId(username)).json();
        assertEquals("DISTRICT", account.getString("role"));
        assertEquals("[2,3]", account.getJsonArray("districtIds").toString().replace(" ", ""));

        for (String districtIds :
                List.of("", ",\"districtIds\":[]", ",\"districtIds\":[999]", ",\"districtIds\":[null]")) {
            Api.Response refused = Api.admin()
                    .post(
                            "/api/users",
                            "{\"username\":\"" + Api.unique("d-") + "\",\"password\":\"" + Fixtures.PASSWORD
                                    + "\",\"displayName\":\"Kreis\",\"role\":\"DISTRICT\"" + districtIds + "}");
            assertEquals(400, refused.status(), districtIds + " → " + refused.body());
            assertTrue(refused.body().contains("\"field\":\"districtIds\""), refused.body());
        }
        Api.Response teacherWithDistricts = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + Api.unique("t-")
                                + "\",\"password\":\"" + Fixtures.PASSWORD
                                + "\",\"displayName\":\"Lehrkraft\",\"role\":\"TEACHER\","
                                + "\"providerId\":" + provider + ",\"districtIds\":[2]}");
        assertEquals(400, teacherWithDistricts.status(), teacherWithDistricts.body());
        Api.Response byProvider = Fixtures.as(Fixtures.user("PROVIDER", provider))
                .post(
                        "/api/users",
                        "{\"username\":\""
                                + Api.unique("d-") + "\",\"password\":\"" + Fixtures.PASSWORD
                                + "\",\"displayName\":\"Kreis\","
                                + "\"role\":\"DISTRICT\",\"districtIds\":[2]}");
        assertEquals(403, byProvider.status(), "only ADMIN creates DISTRICT accounts: " + byProvider.body());
    }

    @Test
    void shouldLetAdminChangeTheDistrictsOfADistrictAccount() {
        String username = Fixtures.districtUser(2);
        Api account = Fixtures.as(username);
        assertEquals(404, account.get("/api/courses/" + insideCourse).status());
        String path = "/api/users/" + Fixtures.userId(username);
        Api.Response changed = Api.admin()
                .send(
                        "PUT",
                        path,
                        "application/json",
                        "{\"displayName\":\"Kreis Offenbach\",\"active\":true,\"districtIds\":[3]}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(
                "[3]", changed.json().getJsonArray("districtIds").toString().replace(" ", ""));
        assertEquals(200, account.get("/api/courses/" + insideCourse).status(), "the new district counts at once");
        assertEquals(
                400,
                Api.admin()
                        .send(
                                "PUT",
                                path,
                                "application/json",
                                "{\"displayName\":\"Kreis Offenbach\",\"active\":true,\"districtIds\":[]}")
                        .status());
    }

    @Test
    void shouldListOnlyCoursesAndLocationsInItsDistricts() {
        Set<Long> courses = ids(district.get("/api/courses").jsonArray().getValuesAs(JsonObject.class));
        assertTrue(courses.contains(insideCourse), "own district's course listed");
        assertFalse(courses.contains(outsideCourse), "course in another district left out");
        assertFalse(ids(district.get("/api/courses?providerId=" + provider)
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .contains(outsideCourse));
        for (JsonObject location : district.get("/api/locations").jsonArray().getValuesAs(JsonObject.class)) {
            assertTrue(Set.of(2, 3).contains(location.getInt("districtId")), location.toString());
        }
        Set<Long> locations = ids(district.get("/api/locations").jsonArray().getValuesAs(JsonObject.class));
        assertTrue(locations.contains(insideLocation));
        assertFalse(locations.contains(outsideLocation));
    }

    @Test
    void shouldAnswer404ForSingleObjectsOutsideItsDistricts() {
        assertEquals(200, district.get("/api/courses/" + insideCourse).status());
        assertEquals(200, district.get("/api/locations/" + insideLocation).status());
        assertEquals(
                200, district.get("/api/courses/" + insideCourse + "/sessions").status());
        assertEquals(200, district.get("/api/providers/" + provider).status(), "the provider of a course in its area");
        assertEquals(
                200,
                district.get("/api/providers/" + provider + "/closures").status(),
                "closure days, shown in a location's calendar");
        assertEquals(404, district.get("/api/courses/" + outsideCourse).status());
        assertEquals(404, district.get("/api/locations/" + outsideLocation).status());
        assertEquals(
                404, district.get("/api/courses/" + outsideCourse + "/sessions").status());
        long foreignProvider = Fixtures.provider();
        assertEquals(
                404, district.get("/api/providers/" + foreignProvider).status(), "a provider without a location there");
        assertEquals(
                404,
                district.get("/api/providers/" + foreignProvider + "/closures").status());
        assertFalse(district.get("/api/providers").body().contains("\"id\":" + foreignProvider + ","));
    }

    @Test
    void shouldAnswer403OnParticipantEnrollmentAndAttendanceEndpoints() {
        JsonObject enrollment = Api.admin()
                .get("/api/courses/" + insideCourse + "/enrollments")
                .jsonArray()
                .getJsonObject(0);
        long participant = enrollment.getJsonNumber("participantId").longValue();
        long session = Api.admin()
                .get("/api/courses/" + insideCourse + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(403, district.get("/api/participants").status());
        assertEquals(403, district.get("/api/participants/" + participant).status());
        assertEquals(
                403,
                district.get("/api/courses/" + insideCourse + "/enrollments").status());
        assertEquals(
                403, district.get("/api/sessions/" + session + "/attendance").status());
        assertEquals(
                403,
                district.post(
                                "/api/courses/" + insideCourse + "/enrollments",
                                "{\"participantId\":" + participant + "}")
                        .status());
        assertEquals(
                403,
                district.get("/api/providers/" + provider + "/statements").status(),
                "funding statements cover a provider's every district");
        assertEquals(403, district.post("/api/courses", "{}").status());
    }

    @Test
    void shouldReportOnlyCoursesInItsDistrictsWithSmallCellsHidden() {
        String period = "from=" + FIRST_DAY + "&to=" + LocalDate.now();
        List<JsonObject> byCourse = district.get("/api/reports/usage?groupBy=course&" + period)
                .json()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        Set<Long> courses = byCourse.stream()
                .map(row -> row.getJsonNumber("key").longValue())
                .collect(Collectors.toSet());
        assertTrue(courses.contains(insideCourse), byCourse.toString());
        assertFalse(courses.contains(outsideCourse), byCourse.toString());
        for (JsonObject row : district.get("/api/reports/usage?groupBy=district&" + period)
                .json()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class)) {
            assertTrue(Set.of(2L, 3L).contains(row.getJsonNumber("key").longValue()), row.toString());
        }
        Api.Response funding = district.get("/api/reports/funding?" + period);
        assertEquals(200, funding.status(), funding.body());
        assertTrue(funding.body().contains("\"courseId\":" + insideCourse + ","), funding.body());
        assertFalse(funding.body().contains("\"courseId\":" + outsideCourse + ","), funding.body());

        Api.Response statistics = district.get("/api/reports/participants?" + period + "&providerId=" + provider);
        assertEquals(200, statistics.status(), statistics.body());
        assertTrue(statistics.json().getBoolean("suppressed"), "small cells hidden as for PROGRAMME");
        assertEquals(
                404,
                Fixtures.as(Fixtures.districtUser(2))
                        .get("/api/reports/participants?" + period + "&providerId=" + provider)
                        .status(),
                "a provider without a location in its districts is out of scope");
    }

    private static Set<Long> ids(List<JsonObject> objects) {
        return objects.stream().map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }
}
