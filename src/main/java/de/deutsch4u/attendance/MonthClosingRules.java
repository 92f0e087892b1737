package de.deutsch4u.attendance;

import java.time.LocalDate;
import java.time.YearMonth;

/** When a month of a course may be closed (contract §5, "Month closing"). */
final class MonthClosingRules {

    private MonthClosingRules() {
    }

    /** A month is over once its last day lies before today: today's session may still be recorded. */
    static boolean isOver(YearMonth month, LocalDate today) {
        return month.atEndOfMonth().isBefore(today);
    }
}
