package de.deutsch4u.dataprotection;

import de.deutsch4u.common.Today;
import de.deutsch4u.config.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the retention erasure once a day. Several instances on one database (contract §10) each fire the timer; the
 * row lock of {@link DailyRun} lets the first one run and the others find that today's run is done. The claim and
 * the erasures are one transaction (the timer's), so a failed run leaves the day unclaimed.
 */
@Singleton
public class RetentionJob {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    /** Inside the timer's JTA transaction the pool hands out the transaction's connection, the one JPA uses too. */
    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private RetentionService retention;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention")
    public void daily() {
        if (!claimToday()) {
            return;
        }
        RetentionResult result = retention.runAsSystem();
        LOG.info(() -> "Retention: " + result.erased() + " participant(s) erased");
    }

    private boolean claimToday() {
        try (Connection connection = dataSource.getConnection()) {
            return DailyRun.claim(connection, JOB, Today.date());
        } catch (SQLException e) {
            throw new IllegalStateException("Retention: today's run could not be claimed", e);
        }
    }
}
