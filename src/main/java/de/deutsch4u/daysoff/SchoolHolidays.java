package de.deutsch4u.daysoff;

import java.time.LocalDate;
import java.util.List;

/**
 * School holidays in Hessen as set by the Kultusministerium (../shared/domain.md §3.2), offered to
 * providers as default closures. Extend the list when the ministry publishes new years.
 */
public final class SchoolHolidays {

    /** A named holiday period, both ends included. */
    public record Period(String name, LocalDate from, LocalDate to) {}

    public static final List<Period> HESSEN = List.of(
            period("Osterferien 2026", "2026-03-30", "2026-04-10"),
            period("Sommerferien 2026", "2026-06-29", "2026-08-07"),
            period("Herbstferien 2026", "2026-10-05", "2026-10-17"),
            period("Weihnachtsferien 2026/27", "2026-12-23", "2027-01-12"),
            period("Osterferien 2027", "2027-03-22", "2027-04-02"),
            period("Sommerferien 2027", "2027-06-28", "2027-08-06"),
            period("Herbstferien 2027", "2027-10-04", "2027-10-16"),
            period("Weihnachtsferien 2027/28", "2027-12-23", "2028-01-11"),
            period("Osterferien 2028", "2028-04-03", "2028-04-14"),
            period("Sommerferien 2028", "2028-07-03", "2028-08-11"),
            period("Herbstferien 2028", "2028-10-09", "2028-10-20"));

    private SchoolHolidays() {}

    private static Period period(String name, String from, String to) {
        return new Period(name, LocalDate.parse(from), LocalDate.parse(to));
    }
}
