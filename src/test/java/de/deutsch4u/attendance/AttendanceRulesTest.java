package de.deutsch4u.attendance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.course.SessionStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttendanceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final int CORRECTION_DAYS = 7;

    private static SessionFacts session(LocalDate date, SessionStatus status, boolean monthClosed) {
        return new SessionFacts(1, 2, 3, date, status, 4, 0, null, monthClosed);
    }

    private static BusinessException refusal(SessionFacts session, boolean teacher, boolean ownSession) {
        return assertThrows(
                BusinessException.class,
                () -> AttendanceRules.requireMayRecord(session, teacher, ownSession, TODAY, CORRECTION_DAYS));
    }

    @Test
    void theTeacherWindowRunsFromTheSessionDayUntilTheCorrectionDaysAfter() {
        LocalDate session = LocalDate.of(2026, 11, 20);
        assertFalse(
                AttendanceRules.teacherWindowOpen(session, session.minusDays(1), CORRECTION_DAYS),
                "before the session");
        assertTrue(AttendanceRules.teacherWindowOpen(session, session, CORRECTION_DAYS));
        assertTrue(AttendanceRules.teacherWindowOpen(session, session.plusDays(7), CORRECTION_DAYS), "its last day");
        assertFalse(AttendanceRules.teacherWindowOpen(session, session.plusDays(8), CORRECTION_DAYS));
        assertFalse(AttendanceRules.teacherWindowOpen(session, session.plusDays(1), 0), "0 days: the session day only");
    }

    @Test
    void aCancelledOrFutureSessionIsRefusedForEveryRole() {
        assertEquals(
                "attendance.sessionCancelled",
                refusal(session(TODAY, SessionStatus.CANCELLED, false), false, false)
                        .code());
        BusinessException future = refusal(session(TODAY.plusDays(1), SessionStatus.PLANNED, false), false, false);
        assertEquals("attendance.sessionInFuture", future.code());
        assertEquals(BusinessException.Kind.CONFLICT, future.kind());
    }

    @Test
    void aTeacherRecordsOnlyTheirOwnSessionsWithinTheWindow() {
        SessionFacts lastWeek = session(TODAY.minusDays(7), SessionStatus.PLANNED, false);
        assertDoesNotThrow(() -> AttendanceRules.requireMayRecord(lastWeek, true, true, TODAY, CORRECTION_DAYS));
        BusinessException other = refusal(lastWeek, true, false);
        assertEquals("attendance.notYourSession", other.code());
        assertEquals(BusinessException.Kind.FORBIDDEN, other.kind());

        BusinessException late = refusal(session(TODAY.minusDays(8), SessionStatus.HELD, false), true, true);
        assertEquals("attendance.windowClosed", late.code());
        assertArrayEquals(new Object[] {CORRECTION_DAYS}, late.args());
    }

    @Test
    void staffRecordOldSessionsButNotInAClosedMonth() {
        assertDoesNotThrow(() -> AttendanceRules.requireMayRecord(
                session(TODAY.minusDays(300), SessionStatus.HELD, false), false, false, TODAY, CORRECTION_DAYS));
        BusinessException closed = refusal(session(TODAY.minusDays(40), SessionStatus.HELD, true), false, false);
        assertEquals("attendance.monthClosed", closed.code());
        assertEquals(BusinessException.Kind.CONFLICT, closed.kind());
    }

    @Test
    void theChecksRunInTheirOrder() {
        assertEquals(
                "attendance.sessionCancelled",
                refusal(session(TODAY.minusDays(40), SessionStatus.CANCELLED, true), true, false)
                        .code(),
                "cancelled first");
        assertEquals(
                "attendance.notYourSession",
                refusal(session(TODAY.minusDays(40), SessionStatus.HELD, true), true, false)
                        .code(),
                "then the teacher");
        assertEquals(
                "attendance.windowClosed",
                refusal(session(TODAY.minusDays(40), SessionStatus.HELD, true), true, true)
                        .code(),
                "then the window");
    }
}
