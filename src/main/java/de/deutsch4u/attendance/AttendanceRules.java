package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.course.SessionStatus;
import java.time.LocalDate;

/** Who may record a session's attendance when (contract §5 "Attendance"), as plain rules. */
final class AttendanceRules {

    private AttendanceRules() {}

    /**
     * All checks in their order: a cancelled or future session (any role), then for a teacher their own
     * session and their correction window, then a closed month.
     *
     * @param teacher the caller is a TEACHER
     * @param ownSession the teacher is the session's (substitute or course) teacher
     */
    static void requireMayRecord(
            SessionFacts session, boolean teacher, boolean ownSession, LocalDate today, int correctionDays) {
        requireRecordable(session.status(), session.date(), today);
        if (teacher) {
            if (!ownSession) {
                throw BusinessException.forbidden("attendance.notYourSession");
            }
            if (!teacherWindowOpen(session.date(), today, correctionDays)) {
                throw BusinessException.forbidden("attendance.windowClosed", correctionDays);
            }
        }
        if (session.monthClosed()) {
            throw BusinessException.conflict("attendance.monthClosed");
        }
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
