package de.deutsch4u.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ten dated statutory holidays of Hessen (§ 1 Abs. 1 HFeiertagsG). Sundays, also holidays by law,
 * are not listed: a Sunday course keeps its Sundays (contract §5). Days the Land declares in addition
 * come from the table extra_holiday (see HolidayCalendar).
 */
public final class HessianHolidays {

    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "Neujahr",
            MonthDay.of(5, 1), "Tag der Arbeit",
            MonthDay.of(10, 3), "Tag der Deutschen Einheit",
            MonthDay.of(12, 25), "1. Weihnachtstag",
            MonthDay.of(12, 26), "2. Weihnachtstag");

    private HessianHolidays() {
    }

    /** The holidays of a year by date, with their German names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        FIXED.forEach((day, name) -> holidays.put(day.atYear(year), name));
        LocalDate easter = easterSunday(year);
        holidays.put(easter.minusDays(2), "Karfreitag");
        holidays.put(easter.plusDays(1), "Ostermontag");
        holidays.put(easter.plusDays(39), "Christi Himmelfahrt");
        holidays.put(easter.plusDays(50), "Pfingstmontag");
        holidays.put(easter.plusDays(60), "Fronleichnam");
        return holidays;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
