package de.deutsch4u.attendance;

import de.deutsch4u.course.SessionStatus;
import java.time.LocalDate;

/** What the attendance checks need to know of a session, read in one query by {@link SessionAccess}. */
record SessionFacts(
        long sessionId,
        long courseId,
        long providerId,
        LocalDate date,
        SessionStatus status,
        long effectiveTeacherId,
        int attendanceVersion,
        String topic,
        boolean monthClosed) {}
