package de.deutsch4u.attendance;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tables derived from the attendance rows (present_count, recorded_count, course_presence) have one writer,
 * the procedures of V096 behind DerivedAttendance. After many random saves and corrections through the API,
 * with people enrolled later and withdrawn in between, they must equal a recomputation from the raw rows.
 */
@Tag("db")
@ExtendWith(TestApp.class)
class DerivedAttendanceIT {

    private static final List<String> STATUSES = List.of("PRESENT", "PRESENT", "ABSENT", "EXCUSED", "");
    private static final int SAVES = 60;

    @Test
    void shouldKeepTheDerivedTablesEqualToTheAttendanceRowsAfterRandomSaves() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate start = today.minusDays(63);
        long provider = Fixtures.provider();
        long course = created(Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .text("startDate", start.toString())
                                .text("endDate", today.minusDays(1).toString())
                                .raw("weekdays", "[\"MONDAY\",\"WEDNESDAY\",\"FRIDAY\"]")
                                .json()));
        List<Long> enrollments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            enrollments.add(created(Api.admin()
                    .post(
                            "/api/courses/" + course + "/enrollments",
                            "{\"participantId\":" + Fixtures.participant(provider) + ",\"fromDate\":\""
                                    + start.plusDays(7L * (i % 3)) + "\"}")));
        }
        List<Long> sessions =
                Api.admin()
                        .get("/api/courses/" + course + "/sessions")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(s -> s.getJsonNumber("id").longValue())
                        .toList();
        assertTrue(sessions.size() >= 20, "sessions: " + sessions.size());

        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < SAVES; i++) {
            if (i == SAVES / 2) {
                // Two people leave after their entries were saved; those entries stay and must still count.
                withdraw(enrollments.get(0), start.plusDays(30));
                withdraw(enrollments.get(1), start.plusDays(45));
            }
            save(sessions.get(random.nextInt(sessions.size())), random);
        }

        String context = "seed " + seed;
        assertTrue(
                Long.parseLong(rows(
                                        "SELECT COUNT(*) FROM attendance a JOIN course_session s ON s.id = a.session_id "
                                                + "WHERE s.course_id = ?",
                                        course)
                                .get(0))
                        > 0,
                context);
        assertEquals(rows("""
                SELECT CONCAT(s.id, ' ', COALESCE(SUM(a.status = 'PRESENT'), 0), ' ', COUNT(a.session_id))
                FROM course_session s LEFT JOIN attendance a ON a.session_id = s.id
                WHERE s.course_id = ? GROUP BY s.id ORDER BY s.id""", course), rows("""
                SELECT CONCAT(id, ' ', present_count, ' ', recorded_count) FROM course_session
                WHERE course_id = ? ORDER BY id""", course), "present_count and recorded_count, " + context);
        assertEquals(rows("""
                SELECT CONCAT(a.participant_id, ' ', MIN(s.session_date), ' ', MAX(s.session_date))
                FROM attendance a JOIN course_session s ON s.id = a.session_id
                WHERE s.course_id = ? AND s.status = 'HELD' AND a.status = 'PRESENT'
                GROUP BY a.participant_id ORDER BY a.participant_id""", course), rows("""
                SELECT CONCAT(participant_id, ' ', first_present, ' ', last_present) FROM course_presence
                WHERE course_id = ? ORDER BY participant_id""", course), "course_presence, " + context);
    }

    /** Reads the sheet, then saves a random status (or none) for everyone on it, on the version read. */
    private static void save(long session, Random random) {
        JsonObject sheet =
                Api.admin().get("/api/sessions/" + session + "/attendance").json();
        List<String> entries = new ArrayList<>();
        for (JsonObject entry : sheet.getJsonArray("entries").getValuesAs(JsonObject.class)) {
            String status = STATUSES.get(random.nextInt(STATUSES.size()));
            if (!status.isEmpty()) {
                entries.add("{\"participantId\":" + entry.getJsonNumber("participantId") + ",\"status\":\"" + status
                        + "\"}");
            }
        }
        Api.Response saved = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + session + "/attendance",
                        "application/json",
                        "{\"version\":" + sheet.getInt("version") + ",\"entries\":[" + String.join(",", entries)
                                + "]}");
        assertEquals(200, saved.status(), saved.body());
    }

    private static void withdraw(long enrollment, LocalDate date) {
        Api.Response withdrawn = Api.admin()
                .post(
                        "/api/enrollments/" + enrollment + "/withdrawal",
                        "{\"date\":\"" + date + "\",\"reason\":\"WORK\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
    }

    private static long created(Api.Response response) {
        assertEquals(201, response.status(), response.body());
        return response.json().getJsonNumber("id").longValue();
    }

    private static List<String> rows(String sql, long courseId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestApp.database().connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, courseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
        }
        return rows;
    }
}
