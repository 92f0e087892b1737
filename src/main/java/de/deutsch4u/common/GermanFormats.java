package de.deutsch4u.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** Dates as people in Germany write them (contract §9): never ISO, never UTC. */
public final class GermanFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    private GermanFormats() {}

    /** 30.11.2026 */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** 03.11.2026, 10.11.2026 */
    public static String dates(Collection<LocalDate> dates) {
        return dates.stream().map(GermanFormats::date).collect(Collectors.joining(", "));
    }

    /** 11.2026 */
    public static String month(YearMonth month) {
        return month == null ? "" : month.format(MONTH);
    }

    /** A time stored in UTC, shown in Berlin: 30.11.2026, 14:05 */
    public static String berlinTime(LocalDateTime utc) {
        return utc == null
                ? ""
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Today.ZONE).format(DATE_TIME);
    }
}
