package de.deutsch4u.daysoff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The dates of a course's sessions: every chosen weekday from start to end inclusive, except days off
 * (holidays and the provider's closures). Pure rule, no database: unit-tested.
 */
public final class SessionPlan {

    private SessionPlan() {}

    public static List<LocalDate> dates(
            LocalDate start, LocalDate end, Set<DayOfWeek> weekdays, Predicate<LocalDate> dayOff) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek()) && !dayOff.test(day)) {
                dates.add(day);
            }
        }
        return dates;
    }
}
