package de.deutsch4u.attendance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.common.BusinessException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthClosingRulesTest {

    @Test
    void shouldTreatAMonthAsOverOnlyFromTheDayAfterItsLastDay() {
        YearMonth november = YearMonth.of(2026, 11);
        assertFalse(MonthClosingRules.isOver(november, LocalDate.of(2026, 11, 1)));
        assertFalse(
                MonthClosingRules.isOver(november, LocalDate.of(2026, 11, 30)),
                "its last day: a session may still be recorded");
        assertTrue(MonthClosingRules.isOver(november, LocalDate.of(2026, 12, 1)));
        assertFalse(MonthClosingRules.isOver(YearMonth.of(2026, 12), LocalDate.of(2026, 11, 30)), "a future month");
        assertTrue(
                MonthClosingRules.isOver(YearMonth.of(2028, 2), LocalDate.of(2028, 3, 1)),
                "a leap February ends on the 29th");
        assertFalse(MonthClosingRules.isOver(YearMonth.of(2028, 2), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aMonthCanBeClosedWhenItIsOverAndTouchesTheCourse() {
        LocalDate start = LocalDate.of(2026, 9, 15);
        LocalDate end = LocalDate.of(2026, 12, 10);
        LocalDate today = LocalDate.of(2027, 1, 5);
        assertDoesNotThrow(
                () -> MonthClosingRules.requireClosable(YearMonth.of(2026, 9), today, start, end),
                "the first, partial month");
        assertDoesNotThrow(
                () -> MonthClosingRules.requireClosable(YearMonth.of(2026, 12), today, start, end),
                "the last, partial month");

        BusinessException before = assertThrows(
                BusinessException.class,
                () -> MonthClosingRules.requireClosable(YearMonth.of(2026, 8), today, start, end));
        assertEquals(
                "month violation.monthClosing.outsideCourse",
                before.violations().get(0).field() + " "
                        + before.violations().get(0).messageKey());
        assertThrows(
                BusinessException.class,
                () -> MonthClosingRules.requireClosable(YearMonth.of(2027, 1), LocalDate.of(2027, 2, 1), start, end),
                "after the course");

        BusinessException notOver = assertThrows(
                BusinessException.class,
                () -> MonthClosingRules.requireClosable(
                        YearMonth.of(2026, 12), LocalDate.of(2026, 12, 31), start, end));
        assertEquals(BusinessException.Kind.CONFLICT, notOver.kind());
        assertEquals("month.notOver", notOver.code());
        BusinessException both = assertThrows(
                BusinessException.class,
                () -> MonthClosingRules.requireClosable(YearMonth.of(2027, 3), LocalDate.of(2027, 3, 1), start, end));
        assertEquals("month.notOver", both.code(), "not over is checked first");
    }
}
