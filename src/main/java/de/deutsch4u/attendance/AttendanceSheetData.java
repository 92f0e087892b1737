package de.deutsch4u.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code PUT /api/sessions/{id}/attendance}; a class, not a record (see docs/architecture.md). */
public class AttendanceSheetData {
    @NotNull(message = "{validation.required}")
    private Integer version;

    @Size(max = 500, message = "{validation.maxLength}")
    private String topic;

    @NotNull(message = "{validation.required}")
    private List<AttendanceEntry> entries;

    public AttendanceSheetData() {}

    public AttendanceSheetData(Integer version, String topic, List<AttendanceEntry> entries) {
        this.version = version;
        this.topic = topic;
        this.entries = entries;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public List<AttendanceEntry> getEntries() {
        return entries;
    }

    public void setEntries(List<AttendanceEntry> entries) {
        this.entries = entries;
    }
}
