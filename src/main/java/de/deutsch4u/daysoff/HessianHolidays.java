package de.deutsch4u.daysoff;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ten dated statutory holidays of Hessen (§ 1 Abs. 1 HFeiertagsG), from Jollyday's calendar for
 * region de/he, which also computes the Easter-based ones for any year. Sundays, also holidays by law,
 * are not listed: a Sunday course keeps its Sundays (contract §5). Days the Land declares in addition
 * come from the table extra_holiday (see HolidayCalendar).
 */
public final class HessianHolidays {

    private static final HolidayManager GERMANY =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));

    private HessianHolidays() {}

    /** The holidays of a year by date, with their German names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        GERMANY.getHolidays(Year.of(year), "he").stream()
                .filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY)
                .forEach(h -> holidays.put(h.getDate(), h.getDescription(Locale.GERMAN)));
        return holidays;
    }
}
