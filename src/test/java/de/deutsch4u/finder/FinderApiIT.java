package de.deutsch4u.finder;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.CourseJson;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §11, public course finder: GET /api/public/courses without login, its filters and its cache bound. */
@Tag("db")
@ExtendWith(TestApp.class)
class FinderApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private long provider;
    private String providerName;

    @BeforeEach
    void newProvider() {
        providerName = Api.unique("Finder-Träger ");
        Api.Response created =
                Api.admin().post("/api/providers", "{\"name\":\"" + providerName + "\",\"districtId\":1}");
        assertEquals(201, created.status(), created.body());
        provider = created.json().getJsonNumber("id").longValue();
    }

    @Test
    void shouldListOnlyPublicCoursesThatHaveNotEndedWithoutLogin() {
        long open = create(publicCourse("Offen").raw("supportLanguages", "[\"ar\", \"UK\"]"));
        create(publicCourse("Intern").raw("public", "false"));
        create(publicCourse("Vorbei")
                .text("startDate", TODAY.minusDays(60).toString())
                .text("endDate", TODAY.minusDays(1).toString()));
        long cancelled = create(publicCourse("Abgesagt"));
        assertEquals(
                200,
                Api.admin()
                        .post("/api/courses/" + cancelled + "/cancellation", "{\"reason\":\"zu wenige\"}")
                        .status());

        Api.Response answer = Api.anonymous().get("/api/public/courses?q=" + encode(providerName));

        assertEquals(200, answer.status(), answer.body());
        JsonArray courses = answer.jsonArray();
        assertEquals(1, courses.size(), answer.body());
        JsonObject course = courses.getJsonObject(0);
        assertEquals(open, course.getJsonNumber("id").longValue());
        assertTrue(course.getString("title").startsWith("Offen "));
        assertEquals("A1", course.getString("level"));
        assertEquals(providerName, course.getString("provider"));
        JsonObject place = course.getJsonObject("location");
        assertEquals("Rheinstraße 1", place.getString("street"));
        assertEquals("64283", place.getString("postalCode"));
        assertEquals("Darmstadt", place.getString("city"));
        assertEquals("+49 6151 12345", place.getString("phone"));
        assertEquals("kurse@example.org", place.getString("email"));
        assertEquals(1, place.getInt("districtId"));
        assertEquals(
                List.of("MONDAY", "WEDNESDAY"),
                course.getJsonArray("weekdays").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals("09:00", course.getString("startTime"));
        assertEquals("12:00", course.getString("endTime"));
        assertEquals(TODAY.plusDays(7).toString(), course.getString("startDate"));
        assertEquals(15, course.getInt("freePlaces"));
        assertFalse(course.getBoolean("waitingList"));
        assertTrue(course.getBoolean("childcare"));
        assertEquals("[\"ar\",\"uk\"]", course.getJsonArray("supportLanguages").toString());
    }

    @Test
    void shouldNeverShowTeachersOrParticipantsAndCreateNoSession() {
        long teacher = Fixtures.teacher(provider);
        String teacherName = Api.admin().get("/api/users").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getJsonNumber("id").longValue() == teacher)
                .findFirst()
                .orElseThrow()
                .getString("displayName");
        long id = create(course(provider, location("Darmstadt", 1, true), teacher)
                .text("title", Api.unique("Mit Lehrkraft "))
                .text("startDate", TODAY.plusDays(7).toString())
                .text("endDate", TODAY.plusDays(60).toString())
                .raw("public", "true"));
        long participant = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post("/api/courses/" + id + "/enrollments", "{\"participantId\":" + participant + "}")
                        .status());

        Api.Response answer = Api.anonymous().get("/api/public/courses?course=" + id);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(1, answer.jsonArray().size());
        assertFalse(answer.body().contains(teacherName), answer.body());
        assertFalse(answer.body().toLowerCase().contains("teacher"), answer.body());
        assertFalse(answer.body().contains("Haddad"), answer.body());
        assertFalse(answer.body().contains("participant"), answer.body());
        assertEquals(14, answer.jsonArray().getJsonObject(0).getInt("freePlaces"));
        assertNull(answer.header("Set-Cookie"), "an anonymous visitor gets no session");

        for (String page : List.of("/kurse?course=" + id, "/kurse?lang=en&course=" + id, "/kurse?level=C9")) {
            Api.Response html = Api.anonymous().get(page, "text/html");
            assertEquals(200, html.status(), page);
            assertTrue(html.body().contains("Mit Lehrkraft") || page.endsWith("C9"), html.body());
            assertFalse(html.body().contains(teacherName), page);
            assertNull(html.header("Set-Cookie"), "no session for " + page);
        }
    }

    @Test
    void shouldShowAFullCourseWithItsWaitingList() {
        long id = create(publicCourse("Voll").raw("capacity", "1"));
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + id + "/enrollments",
                                "{\"participantId\":" + Fixtures.participant(provider) + "}")
                        .status());
        create(publicCourse("Danach"));

        JsonObject course = Api.anonymous()
                .get("/api/public/courses?course=" + id)
                .jsonArray()
                .getJsonObject(0);

        assertEquals(0, course.getInt("freePlaces"));
        assertTrue(course.getBoolean("waitingList"));
    }

    @Test
    void shouldFilterByDistrictTownLevelWeekdayTimeChildcareAndLanguage() {
        long kassel = location("Kassel", 2, false);
        long morning = create(publicCourse("Morgens").raw("supportLanguages", "[\"fa\"]"));
        long evening = create(publicCourse("Abends")
                .raw("locationId", String.valueOf(kassel))
                .text("level", "B1")
                .raw("weekdays", "[\"FRIDAY\"]")
                .text("startTime", "18:00")
                .text("endTime", "20:00"));
        String mine = "/api/public/courses?q=" + encode(providerName);

        assertEquals(List.of(evening, morning), ids(mine), "same start: by title");
        assertEquals(List.of(evening), ids(mine + "&districtId=2"));
        assertEquals(List.of(morning), ids(mine + "&town=darmstadt"));
        assertEquals(List.of(evening), ids(mine + "&level=B1"));
        assertEquals(List.of(morning), ids(mine + "&weekday=MONDAY"));
        assertEquals(List.of(evening), ids(mine + "&timeOfDay=EVENING"));
        assertEquals(List.of(morning), ids(mine + "&timeOfDay=MORNING"));
        assertEquals(List.of(morning), ids(mine + "&childcare=true"));
        assertEquals(List.of(evening), ids(mine + "&childcare=false"));
        assertEquals(List.of(morning), ids(mine + "&language=fa"));
        assertEquals(List.of(evening), ids("/api/public/courses?q=" + encode(providerName + " abends")));

        long withChildcareUnits = create(publicCourse("Mit Kinderbetreuung")
                .raw("locationId", String.valueOf(kassel))
                .raw("childcareUnits", "40"));
        assertTrue(
                ids(mine + "&childcare=true").contains(withChildcareUnits), "a course that plans childcare offers it");
    }

    @Test
    void shouldRefuseInvalidFiltersWithAGermanMessage() {
        Api.Response answer = Api.anonymous()
                .get("/api/public/courses?districtId=abc&level=C2&weekday=montag"
                        + "&childcare=ja&timeOfDay=noon&language=xx1&q=" + "x".repeat(101));

        assertEquals(400, answer.status(), answer.body());
        assertEquals("finder.invalidFilter", answer.json().getString("code"));
        assertEquals("Ein Filter des Kursfinders ist ungültig.", answer.json().getString("message"));
        List<String> fields = answer.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("field"))
                .toList();
        assertEquals(List.of("districtId", "level", "weekday", "timeOfDay", "childcare", "language", "q"), fields);
        assertTrue(answer.body().contains("Bitte eine Stufe angeben"), answer.body());

        Api.Response english = Api.anonymous().inLanguage("en").get("/api/public/courses?districtId=0");
        assertEquals(400, english.status(), english.body());
        assertEquals("A filter of the course finder is invalid.", english.json().getString("message"));
    }

    @Test
    void shouldDropACourseAtOnceWhenItIsNoLongerPublicOrCancelled() {
        CourseJson hidden = publicCourse("Wird versteckt");
        long hiddenId = create(hidden);
        long cancelledId = create(publicCourse("Wird abgesagt"));
        assertEquals(List.of(cancelledId, hiddenId), ids("/api/public/courses?q=" + encode(providerName)));

        assertFalse(unlist(hidden, hiddenId).getBoolean("public"));
        assertEquals(List.of(cancelledId), ids("/api/public/courses?q=" + encode(providerName)));

        assertEquals(
                200,
                Api.admin()
                        .post("/api/courses/" + cancelledId + "/cancellation", "{\"reason\":\"krank\"}")
                        .status());
        assertEquals(List.of(), ids("/api/public/courses?q=" + encode(providerName)));
    }

    @Test
    void shouldSendTheKeptPageWithTheSameHeadersAndDropAHiddenCourseFromItAtOnce() {
        CourseJson hidden = publicCourse("Seite versteckt");
        long hiddenId = create(hidden);
        String page = "/kurse?lang=en&q=" + encode(providerName);

        Api.Response first = Api.anonymous().get(page, "text/html");
        Api.Response kept = Api.anonymous().get(page, "text/html");

        assertEquals(200, kept.status(), kept.body());
        assertEquals(first.body(), kept.body());
        assertTrue(kept.body().contains("id=\"course-" + hiddenId + "\""), kept.body());
        assertFalse(kept.body().contains("<script"), "the finder page runs no script");
        for (Api.Response answer : List.of(first, kept)) {
            assertEquals("text/html;charset=UTF-8", answer.header("Content-Type"));
            assertEquals("no-store", answer.header("Cache-Control"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals(
                    "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; script-src 'self';",
                    answer.header("Content-Security-Policy"),
                    "a page sent again may not carry a nonce");
            assertNull(answer.header("Set-Cookie"));
        }

        unlist(hidden, hiddenId);
        Api.Response after = Api.anonymous().get(page, "text/html");
        assertEquals(200, after.status());
        assertFalse(after.body().contains("id=\"course-" + hiddenId + "\""), after.body());
    }

    @Test
    void shouldKeepThePublicFlagAndLanguagesOnTheCourseAndCheckThem() {
        Api.Response plain = Api.admin()
                .post(
                        "/api/courses",
                        publicCourse("Ohne Angabe").without("public").json());
        assertEquals(201, plain.status(), plain.body());
        assertFalse(plain.json().getBoolean("public"));
        assertEquals(0, plain.json().getJsonArray("supportLanguages").size());

        long id = create(publicCourse("Mit Angabe").raw("supportLanguages", "[\"ti\"]"));
        JsonObject read = Api.admin().get("/api/courses/" + id).json();
        assertTrue(read.getBoolean("public"));
        assertEquals("[\"ti\"]", read.getJsonArray("supportLanguages").toString());

        Api.Response unknown = Api.admin()
                .post(
                        "/api/courses",
                        publicCourse("Falsch")
                                .raw("supportLanguages", "[\"xx\"]")
                                .json());
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(
                "supportLanguages",
                unknown.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response notAFlag = Api.admin()
                .post(
                        "/api/courses",
                        publicCourse("Falsch").raw("public", "\"ja\"").json());
        assertEquals(400, notAFlag.status(), notAFlag.body());
    }

    @Test
    void shouldCheckTheLocationContact() {
        Api.Response bad = Api.admin()
                .post(
                        "/api/locations",
                        locationJson("Gießen", 1, false)
                                .replace("+49 6151 12345", "anrufen!")
                                .replace("kurse@example.org", "kein-at"));
        assertEquals(400, bad.status(), bad.body());
        List<String> fields = bad.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("field"))
                .sorted()
                .toList();
        assertEquals(List.of("contactEmail", "contactPhone"), fields);
    }

    @Test
    void shouldStillNeedALoginForEveryOtherApiPath() {
        assertEquals(401, Api.anonymous().get("/api/courses").status());
        assertEquals(401, Api.anonymous().get("/api/locations").status());
        assertEquals(401, Api.anonymous().get("/api/publicity").status());
    }

    private CourseJson publicCourse(String title) {
        // A location and a teacher of its own: a course without a room occupies its whole location (clash rule).
        return course(provider, location("Darmstadt", 1, true), Fixtures.teacher(provider))
                .text("title", Api.unique(title + " "))
                .text("startDate", TODAY.plusDays(7).toString())
                .text("endDate", TODAY.plusDays(60).toString())
                .raw("public", "true");
    }

    /** Takes the course out of the finder (public = false) and returns the saved course. */
    private static JsonObject unlist(CourseJson course, long id) {
        Api.Response changed = Api.admin()
                .send(
                        "PUT",
                        "/api/courses/" + id,
                        "application/json",
                        course.raw("public", "false").json());
        assertEquals(200, changed.status(), changed.body());
        return changed.json();
    }

    private static long create(CourseJson course) {
        Api.Response created = Api.admin().post("/api/courses", course.json());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private long location(String city, int districtId, boolean childcare) {
        Api.Response created = Api.admin().post("/api/locations", locationJson(city, districtId, childcare));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private String locationJson(String city, int districtId, boolean childcare) {
        return "{\"providerId\":" + provider + ",\"name\":\"" + Api.unique("Kursort ")
                + "\",\"street\":\"Rheinstraße 1\","
                + "\"postalCode\":\"64283\",\"city\":\"" + city + "\",\"districtId\":" + districtId
                + ",\"capacity\":40,"
                + "\"childcareAvailable\":" + childcare + ",\"contactPhone\":\"+49 6151 12345\","
                + "\"contactEmail\":\"kurse@example.org\"}";
    }

    private static List<Long> ids(String path) {
        Api.Response answer = Api.anonymous().get(path);
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
