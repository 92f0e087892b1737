package de.deutsch4u.dataprotection;

import de.deutsch4u.common.Today;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Runs the retention erasure once a day. Several instances on one database (contract §10) each fire the timer; the
 * row lock on scheduled_job lets the first one run and the others find that today's run is done.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RetentionService retention;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention")
    public void daily() {
        Object lastRun = em.createNativeQuery("SELECT last_run FROM scheduled_job WHERE name = 'retention' FOR UPDATE")
                .getSingleResult();
        LocalDate today = Today.date();
        LocalDate last = lastRun instanceof Date d ? d.toLocalDate() : (LocalDate) lastRun;
        if (today.equals(last)) {
            return;
        }
        RetentionResult result = retention.runAsSystem();
        em.createNativeQuery("UPDATE scheduled_job SET last_run = ? WHERE name = 'retention'").setParameter(1, today)
                .executeUpdate();
        LOG.info(() -> "Retention: " + result.erased() + " participant(s) erased");
    }
}
