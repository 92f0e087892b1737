package de.deutsch4u.dataprotection;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs the retention erasure once a day. Several instances on one database (contract §10) each fire the timer; the
 * row lock of {@link DailyRun} lets the first one run and the others find that today's run is done. The claim and
 * the erasures are one transaction (the timer's), so a failed run leaves the day unclaimed.
 */
@Singleton
public class RetentionJob {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    private Sql sql;

    @Inject
    private RetentionService retention;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention")
    public void daily() {
        if (!sql.withHandle(handle -> DailyRun.claim(handle, JOB, Today.date()))) {
            return;
        }
        RetentionResult result = retention.runAsSystem();
        LOG.info(() -> "Retention: " + result.erased() + " participant(s) erased");
    }
}
