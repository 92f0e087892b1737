package de.deutsch4u.security;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.Sql;
import de.deutsch4u.config.AppSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Counts failed sign-ins per username in the database (so every instance counts together) and locks a
 * username after {@code LOGIN_MAX_FAILURES} within 15 minutes for {@code LOGIN_LOCK_SECONDS} (contract §6).
 * Counting by username only, never by address: an address that tries many accounts locks none of the
 * others. Also writes the sign-in events of the audit trail, each in its own transaction.
 */
@Stateless
public class LoginThrottle {

    static final int WINDOW_MINUTES = 15;
    private static final int USERNAME_MAXLENGTH = 60;
    private static final int ADDRESS_MAXLENGTH = 45;
    /** The audit's entity id when the username belongs to no account. */
    private static final long NO_ACCOUNT = 0;

    @Inject
    private Sql sql;

    @Inject
    private AppSettings settings;

    @Inject
    private AuditLog audit;

    /** Records a failed sign-in; true if it locked the username. */
    public boolean recordFailure(String username, Long accountId, String address, String channel) {
        String name = stored(username);
        long failures = sql.withHandle(handle -> {
            handle.createUpdate(
                            "INSERT INTO login_failure (username, address, failed_at) VALUES (:name, :address, UTC_TIMESTAMP(3))")
                    .bind("name", name)
                    .bind("address", truncate(address, ADDRESS_MAXLENGTH))
                    .execute();
            handle.createUpdate(
                            "DELETE FROM login_failure WHERE failed_at < UTC_TIMESTAMP(3) - INTERVAL 1 DAY LIMIT 100")
                    .execute();
            return handle.createQuery("""
                            SELECT COUNT(*) FROM login_failure
                            WHERE username = :name AND failed_at > UTC_TIMESTAMP(3) - INTERVAL :minutes MINUTE""")
                    .bind("name", name)
                    .bind("minutes", WINDOW_MINUTES)
                    .mapTo(Long.class)
                    .one();
        });
        long entityId = accountId == null ? NO_ACCOUNT : accountId;
        audit.recordAs(name, "SIGN_IN_FAILED", "user", entityId, "channel=" + channel + ", address=" + address);
        if (failures < settings.loginMaxFailures()) {
            return false;
        }
        sql.useHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO login_lock (username, locked_until) VALUES (:name, UTC_TIMESTAMP(3) + INTERVAL :seconds SECOND)
                            ON DUPLICATE KEY UPDATE locked_until = VALUES(locked_until)""")
                    .bind("name", name)
                    .bind("seconds", settings.loginLockSeconds())
                    .execute();
            handle.createUpdate("DELETE FROM login_failure WHERE username = :name")
                    .bind("name", name)
                    .execute();
        });
        audit.recordAs(
                name,
                "LOCKED",
                "user",
                entityId,
                "failures=" + failures + ", seconds=" + settings.loginLockSeconds() + ", address=" + address);
        return true;
    }

    /** A sign-in through the login page (API requests are not each a sign-in). */
    public void recordSignIn(StoredAccount account, String address) {
        audit.recordAs(account.username(), "SIGN_IN", "user", account.id(), "channel=PAGE, address=" + address);
    }

    public void recordSignOut(String username, long accountId) {
        audit.recordAs(username, "SIGN_OUT", "user", accountId, null);
    }

    /** Usernames are kept as typed at most to the column's length, in lower case like the accounts. */
    static String stored(String username) {
        return truncate(username == null ? "" : username, USERNAME_MAXLENGTH);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
