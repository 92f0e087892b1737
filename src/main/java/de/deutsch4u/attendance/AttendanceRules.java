package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.course.SessionStatus;
import java.time.LocalDate;

/** Who may record a session's attendance when (contract §5 "Attendance"), as plain rules. */
final class AttendanceRules {

    private AttendanceRules() {
    }

    /** Checked first, for every role: a cancelled session or one after today cannot have attendance. */
    static void requireRecordable(SessionStatus status, LocalDate sessionDate, LocalDate today) {
        if (status == SessionStatus.CANCELLED) {
            throw BusinessException.conflict("attendance.sessionCancelled");
        }
        if (sessionDate.isAfter(today)) {
            throw BusinessException.conflict("attendance.sessionInFuture");
        }
    }

    /** A teacher records from the session's date until {@code correctionDays} days after it. */
    static boolean teacherWindowOpen(LocalDate sessionDate, LocalDate today, int correctionDays) {
        return !today.isBefore(sessionDate) && !today.isAfter(sessionDate.plusDays(correctionDays));
    }
}
