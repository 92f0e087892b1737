package de.deutsch4u.common;

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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jdbi (common.Sql) writes on the connection of the container's transaction, the one JPA uses: when the JPA
 * write of an EJB call fails, Jdbi's writes of the same call are rolled back with it. An attendance save
 * writes the entries, the session and the derived tables through Jdbi, then the audit entry through JPA
 * (persisted, flushed at commit); a trigger in the database refuses exactly that audit row.
 */
@Tag("db")
@ExtendWith(TestApp.class)
class SqlTransactionIT {

    @Test
    void shouldRollBackJdbiWritesWhenTheJpaWriteOfTheSameCallFails() throws SQLException {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);
        long provider = Fixtures.provider();
        JsonObject created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .text("startDate", yesterday.minusDays(6).toString())
                                .text("endDate", yesterday.toString())
                                .raw(
                                        "weekdays",
                                        "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]")
                                .json())
                .json();
        long course = created.getJsonNumber("id").longValue();
        long participant = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + course + "/enrollments",
                                "{\"participantId\":" + participant + ",\"fromDate\":\"" + yesterday.minusDays(6)
                                        + "\"}")
                        .status());
        long session = Api.admin()
                .get("/api/courses/" + course + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .get(0)
                .getJsonNumber("id")
                .longValue();
        String body = "{\"version\":0,\"entries\":[{\"participantId\":" + participant + ",\"status\":\"PRESENT\"}]}";

        execute("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW "
                + "IF NEW.action = 'ATTENDANCE' AND NEW.entity_id = " + session + " THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by SqlTransactionIT'; END IF");
        try {
            Api.Response refused =
                    Api.admin().send("PUT", "/api/sessions/" + session + "/attendance", "application/json", body);
            // The refused row surfaces at commit; the request fails with a server error (the outage mapper may take
            // the failed commit for a database failure and answer 503), never with the saved sheet.
            assertTrue(refused.status() >= 500, refused.status() + " " + refused.body());
        } finally {
            execute("DROP TRIGGER test_refuse_audit");
        }
        assertEquals(
                "0 PLANNED 0 0 0",
                state(session, participant),
                "nothing of the save is left: entries, session, counts");

        Api.Response saved =
                Api.admin().send("PUT", "/api/sessions/" + session + "/attendance", "application/json", body);
        assertEquals(200, saved.status(), saved.body());
        assertEquals("1 HELD 1 1 1", state(session, participant), "the same save without the trigger writes it all");
    }

    /** Entries of the participant, status, attendance version, present count and audit entries of the session. */
    private static String state(long session, long participant) throws SQLException {
        try (Connection c = TestApp.database().connect();
                PreparedStatement s = c.prepareStatement("""
                SELECT CONCAT((SELECT COUNT(*) FROM attendance WHERE session_id = x.id AND participant_id = ?), ' ',
                              x.status, ' ', x.attendance_version, ' ', x.present_count, ' ',
                              (SELECT COUNT(*) FROM audit_log WHERE action = 'ATTENDANCE' AND entity_id = x.id))
                FROM course_session x WHERE x.id = ?""")) {
            s.setLong(1, participant);
            s.setLong(2, session);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = TestApp.database().connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
