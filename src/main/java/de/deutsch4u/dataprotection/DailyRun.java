package de.deutsch4u.dataprotection;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Today's run of a daily job, claimed in the caller's transaction: the job's scheduled_job row is locked
 * (SELECT ... FOR UPDATE) and marked as run today. Another instance on the same database waits for that lock
 * until the first one's transaction ends, then finds today's run taken (or, after a rollback, claims it itself).
 */
final class DailyRun {

    private DailyRun() {
    }

    /** True when this transaction may do {@code job}'s work today; false when today's run is done or under way. */
    static boolean claim(Connection connection, String job, LocalDate today) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_run FROM scheduled_job WHERE name = ? FOR UPDATE")) {
            select.setString(1, job);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No scheduled_job row for " + job);
                }
                Date lastRun = row.getDate(1);
                if (lastRun != null && lastRun.toLocalDate().equals(today)) {
                    return false;
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE scheduled_job SET last_run = ? WHERE name = ?")) {
            update.setDate(1, Date.valueOf(today));
            update.setString(2, job);
            update.executeUpdate();
        }
        return true;
    }
}
