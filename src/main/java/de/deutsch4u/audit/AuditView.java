package de.deutsch4u.audit;

import de.deutsch4u.common.Today;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** One audit trail entry as contract §7 names it; {@code at} with its offset from UTC. */
public record AuditView(
        OffsetDateTime at, String username, String action, String entity, long entityId, List<Change> changes) {

    /** A stored row in the contract's words. */
    public static AuditView of(AuditEntry entry) {
        List<Change> changes =
                AuditVocabulary.changes(entry.getAction(), entry.getDetail(), entry.getChanges()).stream()
                        .map(c -> new Change(c.getField(), c.getOldValue(), c.getNewValue()))
                        .toList();
        return new AuditView(
                entry.getOccurredAt()
                        .atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(Today.ZONE)
                        .toOffsetDateTime(),
                entry.getActor(),
                AuditVocabulary.action(entry.getAction()),
                AuditVocabulary.entity(entry.getAction(), entry.getEntityType()),
                entry.getEntityId(),
                changes);
    }

    /** One changed field ({@code old} and {@code new} as the contract spells them). */
    @JsonbNillable
    public record Change(
            String field, String old, @JsonbProperty("new") String newValue) {}
}
