package de.deutsch4u.attendance;

import de.deutsch4u.course.SessionStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A session's sheet as the API shows it (contract §5 "Attendance"). */
public class AttendanceView {
    private final long sessionId;
    private final SessionStatus status;
    private final int version;

    @JsonbNillable
    private final String topic;

    private final List<AttendanceEntry> entries;

    AttendanceView(long sessionId, SessionStatus status, int version, String topic, List<AttendanceEntry> entries) {
        this.sessionId = sessionId;
        this.status = status;
        this.version = version;
        this.topic = topic;
        this.entries = entries;
    }

    static AttendanceView of(AttendanceSheet sheet) {
        return new AttendanceView(
                sheet.sessionId(),
                sheet.status(),
                sheet.version(),
                sheet.topic(),
                sheet.rows().stream()
                        .map(r -> new AttendanceEntry(r.participantId(), r.status()))
                        .toList());
    }

    public long getSessionId() {
        return sessionId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    public String getTopic() {
        return topic;
    }

    public List<AttendanceEntry> getEntries() {
        return entries;
    }
}
