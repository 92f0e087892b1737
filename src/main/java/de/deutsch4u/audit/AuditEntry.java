package de.deutsch4u.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One recorded change or access: who did what to which record, with ids and values, never names. */
@Entity
@Table(name = "audit_log")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DETAIL_MAXLENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "detail", length = DETAIL_MAXLENGTH)
    private String detail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "audit_id"))
    private List<AuditChange> changes = new ArrayList<>();

    protected AuditEntry() {}

    AuditEntry(LocalDateTime occurredAt, String actor, String action, String entityType, long entityId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail =
                detail == null || detail.length() <= DETAIL_MAXLENGTH ? detail : detail.substring(0, DETAIL_MAXLENGTH);
    }

    AuditEntry(
            LocalDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            long entityId,
            String detail,
            List<AuditChange> changes) {
        this(occurredAt, actor, action, entityType, entityId, detail);
        this.changes = new ArrayList<>(changes);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }

    /** The changed fields with old and new values (only for changes recorded with them). */
    public List<AuditChange> getChanges() {
        return changes;
    }
}
