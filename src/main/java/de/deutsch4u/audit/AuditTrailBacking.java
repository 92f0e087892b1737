package de.deutsch4u.audit;

import de.deutsch4u.common.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** /dataprotection/audit.xhtml: the audit trail, filtered and paged (ADMIN all, PROVIDER their own provider's). */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm:ss");

    private final AuditLazyModel entries = new AuditLazyModel();
    private String entity;
    private Long entityId;
    private String username;
    private LocalDate from;
    private LocalDate to;

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            throw BusinessException.invalidField("to", "violation.endDate.beforeStart");
        }
        entries.setFilter(new AuditFilter(
                entity, entityId, username == null || username.isBlank() ? null : username.strip(), from, to));
    }

    public String time(AuditView entry) {
        return entry.at().format(GERMAN_TIME);
    }

    /** "field: old → new" for each change, one per line. */
    public String changes(AuditView entry) {
        return entry.changes().stream()
                .map(c -> c.field() + ": " + (c.old() == null ? "" : c.old() + " → ")
                        + (c.newValue() == null ? "–" : c.newValue()))
                .collect(Collectors.joining("\n"));
    }

    public List<String> getEntities() {
        return AuditVocabulary.ENTITIES;
    }

    public AuditLazyModel getEntries() {
        return entries;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
