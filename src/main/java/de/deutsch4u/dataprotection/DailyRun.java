package de.deutsch4u.dataprotection;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * Today's run of a daily job, claimed in the caller's transaction: the job's scheduled_job row is locked
 * (SELECT ... FOR UPDATE) and marked as run today. Another instance on the same database waits for that lock
 * until the first one's transaction ends, then finds today's run taken (or, after a rollback, claims it itself).
 */
final class DailyRun {

    private DailyRun() {}

    /** True when this transaction may do {@code job}'s work today; false when today's run is done or under way. */
    static boolean claim(Handle handle, String job, LocalDate today) {
        boolean done = handle.createQuery("SELECT last_run <=> :today FROM scheduled_job WHERE name = :job FOR UPDATE")
                .bind("today", today)
                .bind("job", job)
                .mapTo(Boolean.class)
                .findOne()
                .orElseThrow(() -> new IllegalStateException("No scheduled_job row for " + job));
        if (done) {
            return false;
        }
        handle.createUpdate("UPDATE scheduled_job SET last_run = :today WHERE name = :job")
                .bind("today", today)
                .bind("job", job)
                .execute();
        return true;
    }
}
