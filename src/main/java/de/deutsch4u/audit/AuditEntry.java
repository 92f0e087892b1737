package de.deutsch4u.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One recorded change or access: who did what to which record, with ids and values, never names. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

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

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime occurredAt, String actor, String action, String entityType, long entityId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= DETAIL_MAXLENGTH ? detail : detail.substring(0, DETAIL_MAXLENGTH);
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
}
