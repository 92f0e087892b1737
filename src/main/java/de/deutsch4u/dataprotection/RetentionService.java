package de.deutsch4u.dataprotection;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Retention (contract §7): RETENTION_YEARS after the end of a participant's last course (or after registration, if
 * never enrolled) their data is erased. The daily job ({@link RetentionJob}) and ADMIN's run go through here.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RetentionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    @Inject
    private AppSettings settings;

    @Inject
    private Eraser eraser;

    @Inject
    private AuditLog audit;

    /** A person whose data is due for erasure: since when, and why (the end of their last course). */
    public record Due(
            long participantId, long providerId, String providerName, LocalDate lastCourseEnd, LocalDate dueSince)
            implements Serializable {}

    /** Everyone not yet erased whose retention period has ended, longest due first. */
    public List<Due> due() {
        int years = settings.retentionYears();
        return sql.withHandle(handle -> handle.createQuery("""
                        SELECT p.id, p.provider_id, pr.name, COALESCE(MAX(c.end_date), DATE(p.created_at)) AS last_end
                        FROM participant p
                        JOIN provider pr ON pr.id = p.provider_id
                        LEFT JOIN enrollment e ON e.participant_id = p.id
                        LEFT JOIN course c ON c.id = e.course_id
                        WHERE p.erased_at IS NULL
                        GROUP BY p.id, p.provider_id, pr.name, p.created_at
                        HAVING last_end <= :endedBy
                        ORDER BY last_end, p.id""")
                .bind("endedBy", Today.date().minusYears(years))
                .map((rs, ctx) -> {
                    LocalDate end = rs.getObject("last_end", LocalDate.class);
                    return new Due(
                            rs.getLong("id"),
                            rs.getLong("provider_id"),
                            rs.getString("name"),
                            end,
                            end.plusYears(years));
                })
                .list());
    }

    /** Erases everyone due now (unless {@code dryRun}); each erasure is an ERASE entry. */
    public RetentionResult run(boolean dryRun) {
        return eraseDue(dryRun, false);
    }

    /** The daily job: the same, written in the trail as done by the system. */
    @PermitAll
    public RetentionResult runAsSystem() {
        return eraseDue(false, true);
    }

    private RetentionResult eraseDue(boolean dryRun, boolean bySystem) {
        List<Due> due = due();
        if (dryRun) {
            return new RetentionResult(true, due.size(), 0);
        }
        deleteExpiredReferrals(bySystem);
        for (Due person : due) {
            eraser.erase(em.find(Participant.class, person.participantId()));
            String detail =
                    "retention, lastCourseEnd=" + person.lastCourseEnd() + ", years=" + settings.retentionYears();
            if (bySystem) {
                audit.recordAsSystem("ERASE", "participant", person.participantId(), detail);
            } else {
                audit.record("ERASE", "participant", person.participantId(), detail);
            }
        }
        return new RetentionResult(false, due.size(), due.size());
    }

    /**
     * Referrals that led to no participant (declined, or never decided) are deleted RETENTION_YEARS after their
     * decision or creation; accepted ones lose their copy of the data with their participant (Eraser).
     */
    private void deleteExpiredReferrals(boolean bySystem) {
        LocalDateTime before =
                Today.date().minusYears(settings.retentionYears()).atStartOfDay();
        List<Long> expired = sql.withHandle(handle ->
                handle.createQuery("""
                        SELECT id FROM referral
                        WHERE (status = 'DECLINED' AND decided_at < :before) OR (status = 'OPEN' AND created_at < :before)""").bind("before", before).mapTo(Long.class).list());
        for (long id : expired) {
            sql.useHandle(handle -> handle.createUpdate("DELETE FROM referral WHERE id = :id")
                    .bind("id", id)
                    .execute());
            String detail = "retention, years=" + settings.retentionYears();
            if (bySystem) {
                audit.recordAsSystem("DELETE", "referral", id, detail);
            } else {
                audit.record("DELETE", "referral", id, detail);
            }
        }
    }
}
