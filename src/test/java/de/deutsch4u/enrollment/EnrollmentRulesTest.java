package de.deutsch4u.enrollment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.common.BusinessException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EnrollmentRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 31);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 8, 0);

    private static String violation(org.junit.jupiter.api.function.Executable rule) {
        BusinessException e = assertThrows(BusinessException.class, rule);
        assertEquals(BusinessException.Kind.INVALID, e.kind());
        return e.violations().get(0).field() + " " + e.violations().get(0).messageKey();
    }

    @Test
    void theFromDateDefaultsToTheStartOrTodayWhileTheCourseRuns() {
        assertEquals(START, EnrollmentRules.fromDate(START, END, null, START.minusDays(10)));
        assertEquals(START, EnrollmentRules.fromDate(START, END, null, START));
        assertEquals(
                LocalDate.of(2026, 11, 30), EnrollmentRules.fromDate(START, END, null, LocalDate.of(2026, 11, 30)));
        assertEquals(END, EnrollmentRules.fromDate(START, END, null, END), "the last day still counts as running");
        assertEquals(
                "fromDate violation.fromDate.required",
                violation(() -> EnrollmentRules.fromDate(START, END, null, END.plusDays(1))));
    }

    @Test
    void aRequestedFromDateMustLieWithinTheCourse() {
        assertEquals(
                START, EnrollmentRules.fromDate(START, END, START, END.plusDays(30)), "also after the course's end");
        assertEquals(END, EnrollmentRules.fromDate(START, END, END, START));
        assertEquals(
                "fromDate violation.fromDate.outsideCourse",
                violation(() -> EnrollmentRules.fromDate(START, END, START.minusDays(1), START)));
        assertEquals(
                "fromDate violation.fromDate.outsideCourse",
                violation(() -> EnrollmentRules.fromDate(START, END, END.plusDays(1), START)));
    }

    @Test
    void aPlaceIsFreeBelowTheCapacity() {
        assertTrue(EnrollmentRules.hasPlace(0, 1));
        assertTrue(EnrollmentRules.hasPlace(11, 12));
        assertFalse(EnrollmentRules.hasPlace(12, 12));
        assertFalse(EnrollmentRules.hasPlace(13, 12), "over capacity (capacity lowered later): still full");
    }

    @Test
    void anEnrolledPersonWithdrawsBetweenTheirFirstDayAndTheCourseEnd() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        assertDoesNotThrow(() -> EnrollmentRules.requireWithdrawable(EnrollmentStatus.ENROLLED, from, END, from));
        assertDoesNotThrow(() -> EnrollmentRules.requireWithdrawable(EnrollmentStatus.ENROLLED, from, END, END));
        assertEquals(
                "date violation.withdrawal.date",
                violation(() ->
                        EnrollmentRules.requireWithdrawable(EnrollmentStatus.ENROLLED, from, END, from.minusDays(1))));
        assertEquals(
                "date violation.withdrawal.date",
                violation(() ->
                        EnrollmentRules.requireWithdrawable(EnrollmentStatus.ENROLLED, from, END, END.plusDays(1))));
    }

    @Test
    void aWaitingPersonWithdrawsAnyDayUpToTheCourseEndAndNobodyTwice() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        assertDoesNotThrow(
                () -> EnrollmentRules.requireWithdrawable(EnrollmentStatus.WAITLISTED, from, END, from.minusDays(40)));
        assertEquals(
                "date violation.withdrawal.date",
                violation(() ->
                        EnrollmentRules.requireWithdrawable(EnrollmentStatus.WAITLISTED, from, END, END.plusDays(1))));
        BusinessException twice = assertThrows(
                BusinessException.class,
                () -> EnrollmentRules.requireWithdrawable(EnrollmentStatus.WITHDRAWN, from, END, from));
        assertEquals(BusinessException.Kind.CONFLICT, twice.kind());
        assertEquals("enrollment.alreadyWithdrawn", twice.code());
    }

    @Test
    void thePromotedPersonStartsOnTheWithdrawalDateButNotBeforeTheCourse() {
        assertEquals(START, EnrollmentRules.promotionDate(START.minusDays(5), START));
        assertEquals(START, EnrollmentRules.promotionDate(START, START));
        assertEquals(LocalDate.of(2026, 11, 30), EnrollmentRules.promotionDate(LocalDate.of(2026, 11, 30), START));
    }

    @Test
    void transitionsOfAnEnrollment() {
        Enrollment waiting = Enrollment.waitlisted(null, null, START, 2, NOW);
        assertEquals(EnrollmentStatus.WAITLISTED, waiting.getStatus());
        assertEquals(2, waiting.getWaitlistPosition());
        assertFalse(waiting.isWasEnrolled(), "never enrolled: on no attendance sheet");

        waiting.promote(LocalDate.of(2026, 11, 30));
        assertEquals(EnrollmentStatus.ENROLLED, waiting.getStatus());
        assertNull(waiting.getWaitlistPosition());
        assertEquals(LocalDate.of(2026, 11, 30), waiting.getFromDate());
        assertTrue(waiting.isWasEnrolled());

        Enrollment enrolled = Enrollment.enrolled(null, null, START, NOW);
        assertTrue(enrolled.isWasEnrolled());
        enrolled.withdraw(LocalDate.of(2026, 12, 1), WithdrawalReason.MOVED, "  ");
        assertEquals(EnrollmentStatus.WITHDRAWN, enrolled.getStatus());
        assertEquals(LocalDate.of(2026, 12, 1), enrolled.getWithdrawalDate());
        assertNull(enrolled.getWithdrawalNote(), "a blank note is none");
        assertTrue(enrolled.isWasEnrolled(), "stays on the sheets before the withdrawal");
    }
}
