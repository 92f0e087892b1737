package de.deutsch4u.audit;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Page;
import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

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

    @Inject
    private Sql sql;

    @Inject
    private Caller caller;

    /** One page of the entries in scope that match, newest first, and how many match in all. */
    public Page<AuditView> search(AuditFilter filter, PageRequest page) {
        if (filter.entity() != null && !AuditVocabulary.ENTITIES.contains(filter.entity())) {
            throw BusinessException.invalidField(
                    "entity", "violation.audit.entity", String.join(", ", AuditVocabulary.ENTITIES));
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw BusinessException.invalidField("to", "violation.endDate.beforeStart");
        }
        StringBuilder where = new StringBuilder(" FROM audit_log a WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        List<String> entityTypes = filter.entity() == null ? List.of() : AuditVocabulary.storedTypes(filter.entity());
        if (filter.entity() != null) {
            where.append(" AND a.entity_type IN (<entityTypes>)");
            where.append(filter.entity().equals("provider") ? "" : " AND a.action <> 'LIST'");
        }
        if (filter.entityId() != null) {
            where.append(" AND a.entity_id = :entityId");
            parameters.put("entityId", filter.entityId());
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" AND a.actor = :actor");
            parameters.put("actor", filter.username().strip());
        }
        if (filter.from() != null) {
            where.append(" AND a.occurred_at >= :from");
            parameters.put("from", utc(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.append(" AND a.occurred_at < :to");
            parameters.put("to", utc(filter.to().plusDays(1).atStartOfDay()));
        }
        if (caller.role() != Role.ADMIN) {
            where.append(" AND (").append(PROVIDER_OF_ROW).append(") = :provider");
            parameters.put("provider", caller.providerId());
        }
        return sql.withHandle(handle -> {
            long total = bound(handle.createQuery("SELECT COUNT(*)" + where), parameters, entityTypes)
                    .mapTo(Long.class)
                    .one();
            List<Row> rows = bound(
                            handle.createQuery("SELECT a.id, a.occurred_at, a.actor, a.action, a.entity_type, "
                                    + "a.entity_id, a.detail" + where
                                    + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset"),
                            parameters,
                            entityTypes)
                    .bind("limit", page.limit())
                    .bind("offset", page.offset())
                    .map((rs, ctx) -> new Row(
                            rs.getLong("id"),
                            rs.getObject("occurred_at", LocalDateTime.class),
                            rs.getString("actor"),
                            rs.getString("action"),
                            rs.getString("entity_type"),
                            rs.getLong("entity_id"),
                            rs.getString("detail")))
                    .list();
            Map<Long, List<AuditChange>> recorded =
                    recordedChanges(handle, rows.stream().map(Row::id).toList());
            List<AuditView> entries = new ArrayList<>();
            for (Row row : rows) {
                List<AuditView.Change> changes =
                        AuditVocabulary.changes(row.action(), row.detail(), recorded.getOrDefault(row.id(), List.of()))
                                .stream()
                                .map(c -> new AuditView.Change(c.getField(), c.getOldValue(), c.getNewValue()))
                                .toList();
                entries.add(new AuditView(
                        row.occurredAt()
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(Today.ZONE)
                                .toOffsetDateTime(),
                        row.actor(),
                        AuditVocabulary.action(row.action()),
                        AuditVocabulary.entity(row.action(), row.entityType()),
                        row.entityId(),
                        changes));
            }
            return new Page<>(entries, total);
        });
    }

    /** One audit_log row. */
    private record Row(
            long id,
            LocalDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            long entityId,
            String detail) {}

    private static Query bound(Query query, Map<String, Object> parameters, List<String> entityTypes) {
        query.bindMap(parameters);
        return entityTypes.isEmpty() ? query : query.bindList("entityTypes", entityTypes);
    }

    private static Map<Long, List<AuditChange>> recordedChanges(Handle handle, List<Long> auditIds) {
        Map<Long, List<AuditChange>> changes = new HashMap<>();
        if (auditIds.isEmpty()) {
            return changes;
        }
        handle.createQuery("SELECT audit_id, field, old_value, new_value FROM audit_change WHERE audit_id IN (<ids>)")
                .bindList("ids", auditIds)
                .map((rs, ctx) -> Map.entry(
                        rs.getLong("audit_id"),
                        new AuditChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"))))
                .forEach(row -> changes.computeIfAbsent(row.getKey(), id -> new ArrayList<>())
                        .add(row.getValue()));
        return changes;
    }

    private static LocalDateTime utc(LocalDateTime berlin) {
        return berlin.atZone(Today.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
