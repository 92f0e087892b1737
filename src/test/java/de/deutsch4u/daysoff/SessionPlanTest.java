package de.deutsch4u.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionPlanTest {

    @Test
    void shouldGenerateEveryChosenWeekdayIncludingBothEnds() {
        List<LocalDate> dates = SessionPlan.dates(
                d("2026-03-02"), d("2026-03-11"), Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), day -> false);
        assertEquals(List.of(d("2026-03-02"), d("2026-03-04"), d("2026-03-09"), d("2026-03-11")), dates);
    }

    @Test
    void shouldSkipHessianHolidays() {
        // Easter 2026: Karfreitag 3.4., Ostermontag 6.4.
        List<LocalDate> dates = SessionPlan.dates(
                d("2026-03-30"),
                d("2026-04-10"),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                day -> HessianHolidays.of(day.getYear()).containsKey(day));
        assertEquals(List.of(d("2026-03-30"), d("2026-04-10")), dates);
    }

    @Test
    void shouldSkipClosuresAndKeepSundaysForSundayCourses() {
        LocalDate closedFrom = d("2026-10-05");
        LocalDate closedTo = d("2026-10-17");
        List<LocalDate> dates = SessionPlan.dates(
                d("2026-09-27"),
                d("2026-10-25"),
                Set.of(DayOfWeek.SUNDAY),
                day -> !day.isBefore(closedFrom) && !day.isAfter(closedTo));
        assertEquals(List.of(d("2026-09-27"), d("2026-10-04"), d("2026-10-18"), d("2026-10-25")), dates);
    }

    @Test
    void shouldGiveNoDatesWhenTheRangeHasNoChosenWeekday() {
        assertEquals(
                List.of(), SessionPlan.dates(d("2026-03-03"), d("2026-03-05"), Set.of(DayOfWeek.MONDAY), day -> false));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
