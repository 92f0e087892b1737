package de.deutsch4u.audit;

import de.deutsch4u.common.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Records changes in the caller's transaction, so a change and its audit row are saved together or
 * not at all. {@code detail} holds ids and field values ("role=TEACHER"), never participant names.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of changes made by the application itself (start-up, demo data). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

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

    /** A change or event with a named actor, e.g. a sign-in attempt, where the caller is not signed in. */
    public void recordAs(String actor, String action, String entityType, long entityId, String detail) {
        em.persist(new AuditEntry(Today.utcNow(), actor, action, entityType, entityId, detail));
    }
}
