package de.deutsch4u.audit;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Records changes in the caller's transaction, so a change and its audit row are saved together or
 * not at all. {@code detail} holds ids and field values ("role=TEACHER"), never participant names.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of changes made by the application itself (start-up, demo data). */
    public static final String SYSTEM = "system";

    private static final int VIEWS_PER_STATEMENT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    @Inject
    private SecurityContext securityContext;

    /** A change made by the signed-in caller. */
    public void record(String action, String entityType, long entityId, String detail) {
        Principal caller = securityContext.getCallerPrincipal();
        recordAs(caller == null ? SYSTEM : caller.getName(), action, entityType, entityId, detail);
    }

    /** A change made by the application itself, where there is no caller (start-up code). */
    public void recordAsSystem(String action, String entityType, long entityId, String detail) {
        recordAs(SYSTEM, action, entityType, entityId, detail);
    }

    /** A change made by the signed-in caller, with the changed fields' old and new values (nulls are left out). */
    public void record(String action, String entityType, long entityId, String detail, List<AuditChange> changes) {
        List<AuditChange> changed = changes.stream().filter(Objects::nonNull).toList();
        em.persist(new AuditEntry(Today.utcNow(), callerName(), action, entityType, entityId, detail, changed));
    }

    /**
     * Participants whose names a page or response showed: one {@code VIEW} row per person (ids only, never names),
     * written in one statement. {@code context} says where, e.g. "courses/participants.xhtml courseId=5" (stored as detail "where=...").
     */
    public void recordViews(Collection<Long> participantIds, String context) {
        recordViews("participant", participantIds, context);
    }

    /** The same for other records with personal data, e.g. "referral" (contract §11): one VIEW row per record shown. */
    public void recordViews(String entityType, Collection<Long> shownIds, String context) {
        List<Long> ids = shownIds.stream().filter(Objects::nonNull).distinct().toList();
        LocalDateTime now = Today.utcNow();
        String actor = callerName();
        for (int from = 0; from < ids.size(); from += VIEWS_PER_STATEMENT) {
            List<AuditRow> rows = ids.subList(from, Math.min(ids.size(), from + VIEWS_PER_STATEMENT)).stream()
                    .map(id -> new AuditRow(now, actor, "VIEW", entityType, id, "where=" + context))
                    .toList();
            sql.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, detail) VALUES <rows>")
                    .bindMethodsList(
                            "rows", rows, List.of("occurredAt", "actor", "action", "entityType", "entityId", "detail"))
                    .execute());
        }
    }

    /** A row of audit_log, bound by its accessors' names (public, for Jdbi's reflection). */
    public record AuditRow(
            LocalDateTime occurredAt, String actor, String action, String entityType, long entityId, String detail) {}

    private String callerName() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? SYSTEM : caller.getName();
    }

    /** A change or event with a named actor, e.g. a sign-in attempt, where the caller is not signed in. */
    public void recordAs(String actor, String action, String entityType, long entityId, String detail) {
        em.persist(new AuditEntry(Today.utcNow(), actor, action, entityType, entityId, detail));
    }
}
