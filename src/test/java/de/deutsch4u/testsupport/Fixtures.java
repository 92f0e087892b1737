package de.deutsch4u.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** Creates data through the API, as a client would. Every name is unique, so tests never collide. */
public final class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";

    private Fixtures() {}

    /** A new provider in Darmstadt (district 1); returns its id. */
    public static long provider() {
        Api.Response created =
                Api.admin().post("/api/providers", "{\"name\":\"" + Api.unique("Träger ") + "\",\"districtId\":1}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A new account with {@link #PASSWORD}; returns its username. */
    public static String user(String role, Long providerId) {
        String username = Api.unique(role.toLowerCase() + "-");
        String provider = providerId == null ? "" : ",\"providerId\":" + providerId;
        Api.Response created = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Test "
                                + role + "\",\"role\":\"" + role + "\"" + provider + "}");
        assertEquals(201, created.status(), created.body());
        return username;
    }

    /** A new location of the provider, in Darmstadt; returns its id. */
    public static long location(long providerId) {
        return location(providerId, 1);
    }

    /** A new location of the provider in the given district; returns its id. */
    public static long location(long providerId, int districtId) {
        Api.Response created = Api.admin()
                .post(
                        "/api/locations",
                        "{\"providerId\":" + providerId + ",\"name\":\""
                                + Api.unique("Standort ") + "\",\"street\":\"Rheinstraße 1\",\"postalCode\":\"64283\","
                                + "\"city\":\"Darmstadt\",\"districtId\":" + districtId + ",\"capacity\":40}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A new room of the location; returns its id. */
    public static long room(long locationId, int seats) {
        Api.Response created = Api.admin()
                .post(
                        "/api/locations/" + locationId + "/rooms",
                        "{\"name\":\"" + Api.unique("Raum ") + "\",\"seats\":" + seats + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A new DISTRICT account (contract §11) bound to the given districts, with {@link #PASSWORD}; returns its username. */
    public static String districtUser(int... districtIds) {
        String username = Api.unique("district-");
        String ids = java.util.Arrays.stream(districtIds)
                .mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        Api.Response created = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                                + "\",\"displayName\":\"Test DISTRICT\",\"role\":\"DISTRICT\",\"districtIds\":[" + ids
                                + "]}");
        assertEquals(201, created.status(), created.body());
        return username;
    }

    /** A new TEACHER account of the provider; returns its id. */
    public static long teacher(long providerId) {
        return userId(user("TEACHER", providerId));
    }

    /** The id of an account. */
    public static long userId(String username) {
        return Api.admin().get("/api/users").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(username))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** A new participant of the provider (with consent); returns their id. */
    public static long participant(long providerId) {
        Api.Response created = Api.admin()
                .post(
                        "/api/participants",
                        "{\"providerId\":" + providerId
                                + ",\"firstName\":\"Amal\",\"lastName\":\"" + Api.unique("Haddad-")
                                + "\",\"birthYear\":1990,"
                                + "\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\",\"nationality\":\"SY\",\"consentGiven\":true}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /**
     * A course of one week (Monday to Friday from {@code firstDay}) with one participant who was PRESENT
     * in its first session, saved through the API; returns the course id. For report and dashboard tests.
     */
    public static long courseWithOnePresence(long providerId, String title, LocalDate firstDay, int capacity) {
        return courseWithOnePresence(providerId, location(providerId), title, firstDay, capacity);
    }

    /** As {@link #courseWithOnePresence(long, String, LocalDate, int)}, at the given location of the provider. */
    public static long courseWithOnePresence(
            long providerId, long locationId, String title, LocalDate firstDay, int capacity) {
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        CourseJson.course(providerId, locationId, teacher(providerId))
                                .text("title", title)
                                .text("startDate", firstDay.toString())
                                .text("endDate", firstDay.plusDays(6).toString())
                                .raw("weekdays", "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]")
                                .raw("capacity", String.valueOf(capacity))
                                .json());
        assertEquals(201, created.status(), created.body());
        long courseId = created.json().getJsonNumber("id").longValue();
        long participant = participant(providerId);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/enrollments",
                                "{\"participantId\":" + participant + ",\"fromDate\":\"" + firstDay + "\"}")
                        .status());
        JsonObject session = Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getJsonObject(0);
        Api.Response saved = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + session.getJsonNumber("id") + "/attendance",
                        "application/json",
                        "{\"version\":0,\"entries\":[{\"participantId\":" + participant + ",\"status\":\"PRESENT\"}]}");
        assertEquals(200, saved.status(), saved.body());
        return courseId;
    }

    public static Api as(String username) {
        return Api.as(username, PASSWORD);
    }

    /** Today's session (Berlin date) of the course; on a public holiday there is none, so a make-up session is added. */
    public static long todaysSession(long courseId) {
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString();
        return Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("date").equals(today))
                .findFirst()
                .orElseGet(() -> Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/sessions",
                                "{\"date\":\"" + today
                                        + "\",\"startTime\":\"14:00\",\"endTime\":\"16:00\",\"units\":2}")
                        .json())
                .getJsonNumber("id")
                .longValue();
    }
}
