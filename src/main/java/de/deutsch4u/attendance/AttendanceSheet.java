package de.deutsch4u.attendance;

import de.deutsch4u.course.SessionStatus;
import java.util.List;

/** A session's attendance as saved: one row for everyone enrolled on its date (and anyone recorded). */
public record AttendanceSheet(long sessionId, SessionStatus status, int version, String topic, List<Row> rows) {

    /** A participant on the sheet; status null when not recorded. */
    public record Row(long participantId, String firstName, String lastName, AttendanceStatus status) {}
}
