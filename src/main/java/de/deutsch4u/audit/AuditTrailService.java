package de.deutsch4u.audit;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Page;
import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail (contract §7): ADMIN all of it, a PROVIDER the entries about its own provider's records.
 * Which provider a row belongs to is looked up through the record it names, so rows written before this service
 * (and by any code that only knows {@link AuditLog#record}) are in scope too.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
public class AuditTrailService {

    /** The provider a row is about, from the record it names; NULL for rows about no provider's data. */
    private static final String PROVIDER_OF_ROW = """
            CASE WHEN a.action = 'LIST' THEN a.entity_id ELSE CASE a.entity_type
              WHEN 'participant' THEN (SELECT p.provider_id FROM participant p WHERE p.id = a.entity_id)
              WHEN 'enrollment' THEN (SELECT c.provider_id FROM enrollment e JOIN course c ON c.id = e.course_id
                                      WHERE e.id = a.entity_id)
              WHEN 'session' THEN (SELECT c.provider_id FROM course_session s JOIN course c ON c.id = s.course_id
                                   WHERE s.id = a.entity_id)
              WHEN 'course' THEN (SELECT c.provider_id FROM course c WHERE c.id = a.entity_id)
              WHEN 'location' THEN (SELECT l.provider_id FROM location l WHERE l.id = a.entity_id)
              WHEN 'room' THEN (SELECT l.provider_id FROM room r JOIN location l ON l.id = r.location_id
                                WHERE r.id = a.entity_id)
              WHEN 'closure' THEN (SELECT cl.provider_id FROM closure cl WHERE cl.id = a.entity_id)
              WHEN 'provider' THEN a.entity_id
              WHEN 'user' THEN (SELECT u.provider_id FROM app_user u WHERE u.id = a.entity_id)
              WHEN 'referral' THEN (SELECT c.provider_id FROM referral r JOIN course c ON c.id = r.course_id
                                    WHERE r.id = a.entity_id)
            END END""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** One page of the entries in scope that match, newest first, and how many match in all. */
    public Page<AuditView> search(AuditFilter filter, PageRequest page) {
        if (filter.entity() != null && !AuditVocabulary.ENTITIES.contains(filter.entity())) {
            throw BusinessException.invalidField("entity", "violation.audit.entity", String.join(", ", AuditVocabulary.ENTITIES));
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw BusinessException.invalidField("to", "violation.endDate.beforeStart");
        }
        StringBuilder where = new StringBuilder(" FROM audit_log a WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.entity() != null) {
            where.append(" AND a.entity_type IN (").append(String.join(", ", AuditVocabulary.storedTypes(filter.entity())
                    .stream().map(type -> "'" + type + "'").toList())).append(")");
            where.append(filter.entity().equals("provider") ? "" : " AND a.action <> 'LIST'");
        }
        if (filter.entityId() != null) {
            where.append(" AND a.entity_id = ?" + (parameters.size() + 1));
            parameters.add(filter.entityId());
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" AND a.actor = ?" + (parameters.size() + 1));
            parameters.add(filter.username().strip());
        }
        if (filter.from() != null) {
            where.append(" AND a.occurred_at >= ?" + (parameters.size() + 1));
            parameters.add(utc(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.append(" AND a.occurred_at < ?" + (parameters.size() + 1));
            parameters.add(utc(filter.to().plusDays(1).atStartOfDay()));
        }
        if (caller.role() != Role.ADMIN) {
            where.append(" AND (").append(PROVIDER_OF_ROW).append(") = ?").append(parameters.size() + 1);
            parameters.add(caller.providerId());
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + where), parameters).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT a.id, a.occurred_at, a.actor, a.action, a.entity_type, "
                + "a.entity_id, a.detail" + where + " ORDER BY a.occurred_at DESC, a.id DESC"), parameters)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<Long, List<AuditChange>> recorded = recordedChanges(rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
        List<AuditView> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String action = (String) row[3];
            LocalDateTime at = row[1] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) row[1];
            List<AuditView.Change> changes = AuditVocabulary.changes(action, (String) row[6],
                            recorded.getOrDefault(((Number) row[0]).longValue(), List.of())).stream()
                    .map(c -> new AuditView.Change(c.getField(), c.getOldValue(), c.getNewValue())).toList();
            entries.add(new AuditView(at.atOffset(ZoneOffset.UTC).atZoneSameInstant(Today.ZONE).toOffsetDateTime(),
                    (String) row[2], AuditVocabulary.action(action), AuditVocabulary.entity(action, (String) row[4]),
                    ((Number) row[5]).longValue(), changes));
        }
        return new Page<>(entries, total);
    }

    private Map<Long, List<AuditChange>> recordedChanges(List<Long> auditIds) {
        Map<Long, List<AuditChange>> changes = new HashMap<>();
        if (auditIds.isEmpty()) {
            return changes;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT audit_id, field, old_value, new_value FROM audit_change WHERE audit_id IN ("
                + String.join(",", auditIds.stream().map(String::valueOf).toList()) + ")").getResultList();
        for (Object[] row : rows) {
            changes.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new AuditChange((String) row[1], row[2], row[3]));
        }
        return changes;
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static LocalDateTime utc(LocalDateTime berlin) {
        return berlin.atZone(Today.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
