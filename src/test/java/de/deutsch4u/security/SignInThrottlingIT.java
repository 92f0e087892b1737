package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §6 "Throttling": lockout per account, no lockout of others, equal timing, log and audit. */
@Tag("db")
@ExtendWith(TestApp.class)
public class SignInThrottlingIT {

    private static final String WRONG = "wrong-password-xyz";

    @Test
    void shouldLockAnAccountAfterFiveFailuresEvenForTheRightPassword() {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as(teacher, WRONG).get("/api/courses").status());
        }
        Api.Response locked = Fixtures.as(teacher).get("/api/courses");
        assertEquals(429, locked.status(), locked.body());
        assertEquals("auth.locked", locked.json().getString("code"));
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 900, "Retry-After " + retryAfter);
    }

    @Test
    void shouldNotLockOtherAccountsWhenOneAddressTriesManyOfThem() {
        long provider = Fixtures.provider();
        List<String> victims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            victims.add(Fixtures.user("TEACHER", provider));
        }
        for (int round = 0; round < 3; round++) {
            for (String victim : victims) {
                assertEquals(401, Api.as(victim, WRONG).get("/api/courses").status());
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(
                        401,
                        Api.as(Api.unique("nobody-"), WRONG).get("/api/courses").status());
            }
        }
        for (String victim : victims) {
            assertEquals(200, Fixtures.as(victim).get("/api/courses").status(), "three failures do not lock " + victim);
        }
        assertEquals(200, Api.admin().get("/api/courses").status(), "a correct sign-in from that address works");
    }

    @Test
    void shouldTakeAboutAsLongForAnUnknownUsernameAsForAWrongPassword() {
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            existing.add(Fixtures.user("TEACHER", Fixtures.provider()));
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            known.add(millis(Api.as(existing.get(i % 3), WRONG)));
            unknown.add(millis(Api.as(Api.unique("unknown-"), WRONG)));
        }
        double ratio = (double) median(known) / Math.max(1, median(unknown));
        assertTrue(
                ratio > 0.5 && ratio < 2.0,
                "median known " + median(known) + " ms, unknown " + median(unknown) + " ms");
    }

    @Test
    void shouldLogAndAuditFailedAndLockedSignInsWithoutThePassword() throws Exception {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        String secretGuess = Api.unique("geheimer-versuch-");
        for (int i = 0; i < 5; i++) {
            Api.as(teacher, secretGuess).get("/api/courses");
        }
        assertEquals(5, auditCount(teacher, "SIGN_IN_FAILED"));
        assertEquals(1, auditCount(teacher, "LOCKED"));
        assertEquals(0, auditCount(teacher, "SIGN_IN"), "API requests are no sign-ins");
        String log = Files.readString(AppProcess.target().resolve("it-app.log"));
        assertTrue(
                log.contains(teacher) && log.contains("127.0.0.1"),
                "failed sign-ins are logged with username and address");
        assertFalse(log.contains(secretGuess), "never the password");
    }

    /** Audit rows of the account with that action (entity user). */
    public static long auditCount(String username, String action) throws SQLException {
        try (Connection c = TestApp.database().connect();
                PreparedStatement s =
                        c.prepareStatement("SELECT COUNT(*) FROM audit_log a JOIN app_user u ON u.id = a.entity_id"
                                + " WHERE a.entity_type = 'user' AND u.username = ? AND a.action = ?")) {
            s.setString(1, username);
            s.setString(2, action);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long millis(Api api) {
        long start = System.nanoTime();
        assertEquals(401, api.get("/api/districts").status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
