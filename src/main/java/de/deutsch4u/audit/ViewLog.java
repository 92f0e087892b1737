package de.deutsch4u.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * For pages and responses that show participants' names: one {@code VIEW} row per person shown (contract §7), in a
 * transaction of its own when the caller (a backing bean, a resource) has none. Whoever may see the names may log it.
 */
@Stateless
@PermitAll
public class ViewLog {

    @Inject
    private AuditLog audit;

    /** {@code where} names the page or endpoint, e.g. "courses/participants.xhtml courseId=5". */
    public void shown(Collection<Long> participantIds, String where) {
        if (!participantIds.isEmpty()) {
            audit.recordViews(participantIds, where);
        }
    }
}
