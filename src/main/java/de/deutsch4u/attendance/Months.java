package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months in the API are written "YYYY-MM". */
final class Months {

    private Months() {}

    static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField("month", "violation.monthClosing.format");
        }
    }
}
