package de.deutsch4u.security;

import de.deutsch4u.config.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * What the sign-in check reads, straight from the database on every request, so that every instance sees
 * a deactivation, a new password or a lock with the very next request. Plain JDBC: authentication runs
 * before any transaction or persistence context.
 */
@ApplicationScoped
public class SignInAccounts {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    public Optional<StoredAccount> find(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT id, password_hash, role, provider_id, active, password_change_required
                     FROM app_user WHERE username = ?""")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long providerId = row.getLong(4);
                Long provider = row.wasNull() ? null : providerId;
                return Optional.of(new StoredAccount(row.getLong(1), username, row.getString(2),
                        Role.valueOf(row.getString(3)), provider, row.getBoolean(5), row.getBoolean(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account for the sign-in check", e);
        }
    }

    /** Seconds until the username's lock ends, if it is locked now (database time, the same for every instance). */
    public OptionalLong lockedForSeconds(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT CEIL(TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(3), locked_until) / 1000000)
                     FROM login_lock WHERE username = ? AND locked_until > UTC_TIMESTAMP(3)""")) {
            query.setString(1, LoginThrottle.stored(username));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalLong.of(Math.max(1, row.getLong(1))) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sign-in lock", e);
        }
    }
}
