package de.deutsch4u.dataprotection;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Runs the retention erasure once a day. Several instances on one database (contract §10) each fire the timer; the
 * row lock on scheduled_job lets the first one run and the others find that today's run is done.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    private Sql sql;

    @Inject
    private RetentionService retention;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention")
    public void daily() {
        LocalDate lastRun = sql.withHandle(handle -> handle
                .createQuery("SELECT last_run FROM scheduled_job WHERE name = 'retention' FOR UPDATE")
                .mapTo(LocalDate.class).one());
        LocalDate today = Today.date();
        if (today.equals(lastRun)) {
            return;
        }
        RetentionResult result = retention.runAsSystem();
        sql.useHandle(handle -> handle.createUpdate("UPDATE scheduled_job SET last_run = :today WHERE name = 'retention'")
                .bind("today", today).execute());
        LOG.info(() -> "Retention: " + result.erased() + " participant(s) erased");
    }
}
