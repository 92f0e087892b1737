package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.GermanFormats;
import java.time.LocalDate;
import java.time.YearMonth;

/** When a month of a course may be closed (contract §5, "Month closing"). */
final class MonthClosingRules {

    private MonthClosingRules() {}

    /** A month is over once its last day lies before today: today's session may still be recorded. */
    static boolean isOver(YearMonth month, LocalDate today) {
        return month.atEndOfMonth().isBefore(today);
    }

    /** A month that is over (else 409) and shares at least one day with the course (else 400 on month). */
    static void requireClosable(YearMonth month, LocalDate today, LocalDate courseStart, LocalDate courseEnd) {
        if (!isOver(month, today)) {
            throw BusinessException.conflict("month.notOver", GermanFormats.month(month));
        }
        if (month.atEndOfMonth().isBefore(courseStart) || month.atDay(1).isAfter(courseEnd)) {
            throw BusinessException.invalidField("month", "violation.monthClosing.outsideCourse");
        }
    }
}
