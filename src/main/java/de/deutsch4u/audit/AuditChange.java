package de.deutsch4u.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One changed field of an audited record: its name, the value before and after. */
@Embeddable
public class AuditChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int VALUE_MAXLENGTH = 500;

    @Column(name = "field", nullable = false, length = 60)
    private String field;

    @Column(name = "old_value", length = VALUE_MAXLENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAXLENGTH)
    private String newValue;

    protected AuditChange() {}

    public AuditChange(String field, Object oldValue, Object newValue) {
        this.field = field;
        this.oldValue = text(oldValue);
        this.newValue = text(newValue);
    }

    /** The change of one field, or null when the value stayed the same. */
    public static AuditChange ifChanged(String field, Object oldValue, Object newValue) {
        return Objects.equals(oldValue, newValue) ? null : new AuditChange(field, oldValue, newValue);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() <= VALUE_MAXLENGTH ? text : text.substring(0, VALUE_MAXLENGTH);
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
