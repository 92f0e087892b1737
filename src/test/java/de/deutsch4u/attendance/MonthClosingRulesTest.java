package de.deutsch4u.attendance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthClosingRulesTest {

    @Test
    void shouldTreatAMonthAsOverOnlyFromTheDayAfterItsLastDay() {
        YearMonth november = YearMonth.of(2026, 11);
        assertFalse(MonthClosingRules.isOver(november, LocalDate.of(2026, 11, 1)));
        assertFalse(MonthClosingRules.isOver(november, LocalDate.of(2026, 11, 30)), "its last day: a session may still be recorded");
        assertTrue(MonthClosingRules.isOver(november, LocalDate.of(2026, 12, 1)));
        assertFalse(MonthClosingRules.isOver(YearMonth.of(2026, 12), LocalDate.of(2026, 11, 30)), "a future month");
        assertTrue(MonthClosingRules.isOver(YearMonth.of(2028, 2), LocalDate.of(2028, 3, 1)), "a leap February ends on the 29th");
        assertFalse(MonthClosingRules.isOver(YearMonth.of(2028, 2), LocalDate.of(2028, 2, 29)));
    }
}
