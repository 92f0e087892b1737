package de.deutsch4u.report;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Distinct participants come from course_presence (V040): the first and last day a person was PRESENT in
 * a course. These cases need the attendance rows too (a presence before and after the period, none in it)
 * and check that corrections of a sheet keep the summary equal to the entries (a new presence, and a
 * person's last presences taken back).
 */
@Tag("db")
@ExtendWith(TestApp.class)
class UsageParticipantsIT {

    @Test
    void shouldCountAPersonOnlyWhenPresentInThePeriodAndFollowCorrections() throws SQLException {
        long provider = Fixtures.provider();
        String staff = Fixtures.user("PROVIDER", provider);
        long course = createCourse(course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                .text("startDate", "2026-06-01")
                .text("endDate", "2026-06-15")
                .raw("weekdays", "[\"MONDAY\"]")
                .json());
        long x = Fixtures.participant(provider);
        long y = Fixtures.participant(provider);
        enroll(course, x);
        enroll(course, y);

        save(course, "2026-06-01", 0, Map.of(x, "PRESENT", y, "ABSENT"));
        save(course, "2026-06-08", 0, Map.of(x, "ABSENT", y, "EXCUSED"));
        save(course, "2026-06-15", 0, Map.of(x, "PRESENT", y, "ABSENT"));
        assertEquals(
                0, participants(staff, "2026-06-08", "2026-06-08"), "x was present before and after, not on 08.06.");
        assertEquals(1, participants(staff, "2026-06-01", "2026-06-08"));
        assertEquals(1, participants(staff, "2026-06-02", "2026-06-30"));
        assertEquals(1, participants(staff, "2026-06-01", "2026-06-30"));

        save(course, "2026-06-08", 1, Map.of(x, "ABSENT", y, "PRESENT"));
        assertEquals(1, participants(staff, "2026-06-08", "2026-06-08"), "y's correction counts");
        assertEquals(2, participants(staff, "2026-06-01", "2026-06-30"));

        save(course, "2026-06-01", 1, Map.of(x, "EXCUSED", y, "ABSENT"));
        save(course, "2026-06-15", 1, Map.of(y, "ABSENT"));
        assertEquals(1, participants(staff, "2026-06-01", "2026-06-30"), "x's presences were all taken back");
        assertEquals(0, participants(staff, "2026-06-09", "2026-06-30"));
        assertEquals(1, participants(staff, "2026-06-08", "2026-06-15"));
        assertEquals(
                recomputedPresence(course),
                presence(course),
                "course_presence equals a recomputation from the entries");
        assertEquals(List.of(y + " 2026-06-08 2026-06-08"), presence(course));
    }

    /** The saves keep course_presence row by row (SheetWriter.updatePresence); this is what it must equal. */
    private static List<String> recomputedPresence(long courseId) throws SQLException {
        return rows("""
                SELECT CONCAT(a.participant_id, ' ', MIN(s.session_date), ' ', MAX(s.session_date))
                FROM attendance a JOIN course_session s ON s.id = a.session_id
                WHERE s.course_id = ? AND s.status = 'HELD' AND a.status = 'PRESENT'
                GROUP BY a.participant_id ORDER BY a.participant_id""", courseId);
    }

    private static List<String> presence(long courseId) throws SQLException {
        return rows("""
                SELECT CONCAT(participant_id, ' ', first_present, ' ', last_present) FROM course_presence
                WHERE course_id = ? ORDER BY participant_id""", courseId);
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

    /** The totals' participants of the provider's own courses (the scope of a PROVIDER). */
    private static long participants(String staff, String from, String to) {
        Api.Response report =
                Fixtures.as(staff).get("/api/reports/usage?from=" + from + "&to=" + to + "&groupBy=course");
        assertEquals(200, report.status(), report.body());
        return report.json()
                .getJsonObject("totals")
                .getJsonNumber("participants")
                .longValue();
    }

    private static long createCourse(String json) {
        Api.Response created = Api.admin().post("/api/courses", json);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static void enroll(long courseId, long participantId) {
        Api.Response created = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participantId + ",\"fromDate\":\"2026-06-01\"}");
        assertEquals(201, created.status(), created.body());
    }

    private static void save(long courseId, String date, int version, Map<Long, String> entries) {
        long session = Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("date").equals(date))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String body = entries.entrySet().stream()
                .map(e -> "{\"participantId\":" + e.getKey() + ",\"status\":\"" + e.getValue() + "\"}")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        Api.Response saved = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + session + "/attendance",
                        "application/json",
                        "{\"version\":" + version + ",\"entries\":[" + body + "]}");
        assertEquals(200, saved.status(), saved.body());
    }
}
