package de.deutsch4u.security;

import de.deutsch4u.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the sign-in check reads, straight from the database on every request, so that every instance sees
 * a deactivation, a new password or a lock with the very next request. Through {@link Sql}, not JPA:
 * authentication runs before any transaction or persistence context.
 */
@ApplicationScoped
public class SignInAccounts {

    @Inject
    private Sql sql;

    /** What a sign-in check reads before the password: the lock, and the account when not locked. */
    public record Facts(OptionalLong lockedForSeconds, Optional<StoredAccount> account) {}

    /**
     * The lock and, when the username is not locked, the account, read through one connection (a borrow from the
     * pool less on every API request, which signs in with HTTP Basic).
     */
    public Facts facts(String username) {
        return sql.inOneHandle(() -> {
            OptionalLong locked = lockedForSeconds(username);
            return new Facts(locked, locked.isPresent() ? Optional.empty() : find(username));
        });
    }

    public Optional<StoredAccount> find(String username) {
        return sql.withHandle(handle -> handle.createQuery("""
                        SELECT id, password_hash, role, provider_id, active, password_change_required
                        FROM app_user WHERE username = :username""")
                .bind("username", username)
                .map((rs, ctx) -> new StoredAccount(
                        rs.getLong("id"),
                        username,
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("provider_id", Long.class),
                        rs.getBoolean("active"),
                        rs.getBoolean("password_change_required")))
                .findOne());
    }

    /** Seconds until the username's lock ends, if it is locked now (database time, the same for every instance). */
    private OptionalLong lockedForSeconds(String username) {
        return sql.withHandle(handle -> handle.createQuery("""
                        SELECT CEIL(TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(3), locked_until) / 1000000)
                        FROM login_lock WHERE username = :username AND locked_until > UTC_TIMESTAMP(3)""")
                .bind("username", LoginThrottle.stored(username))
                .mapTo(Long.class)
                .findOne()
                .map(seconds -> OptionalLong.of(Math.max(1, seconds)))
                .orElse(OptionalLong.empty()));
    }
}
