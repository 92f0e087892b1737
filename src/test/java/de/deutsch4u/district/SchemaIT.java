package de.deutsch4u.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema Flyway built, read with plain SQL on the real MariaDB. */
@Tag("db")
@ExtendWith(TestApp.class)
class SchemaIT {

    @Test
    void shouldPinOneCollationForEveryTextColumn() throws Exception {
        try (Connection c = TestApp.database().connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                     SELECT DISTINCT collation_name FROM information_schema.columns
                     WHERE table_schema = DATABASE() AND collation_name IS NOT NULL
                       AND table_name <> 'flyway_schema_history'""")) {
            assertTrue(rs.next());
            assertEquals("utf8mb4_unicode_520_ci", rs.getString(1));
            assertTrue(!rs.next(), "only one collation");
        }
    }

    @Test
    void shouldStorePbkdf2HashesAndNoPasswords() throws Exception {
        String username = Fixtures.user("PROGRAMME", null);
        try (Connection c = TestApp.database().connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT password_hash FROM app_user WHERE username = '" + username + "'")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("PBKDF2WithHmacSHA256:"), rs.getString(1));
            assertTrue(!rs.getString(1).contains(Fixtures.PASSWORD));
        }
    }

    @Test
    void shouldAuditEveryCreationWithIdsOnly() throws Exception {
        long provider = Fixtures.provider();
        try (Connection c = TestApp.database().connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT actor, action, detail FROM audit_log WHERE entity_type = 'provider'"
                                + " AND entity_id = " + provider)) {
            assertTrue(rs.next());
            assertEquals("admin", rs.getString("actor"));
            assertEquals("CREATE", rs.getString("action"));
            assertEquals("districtId=1", rs.getString("detail"));
        }
        assertEquals(200, Api.admin().get("/api/providers/" + provider).status());
    }

    @Test
    void shouldKeepHistoricalDistrictRowsWithValidityDates() throws Exception {
        try (Connection c = TestApp.database().connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM district WHERE valid_to IS NOT NULL")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "Hanau as Sonderstatusstadt until 2025");
        }
    }
}
