package de.deutsch4u.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HessianHolidaysTest {

    @ParameterizedTest(name = "Karfreitag {0} is {1}")
    @CsvSource({
        "2016, 2016-03-25",
        "2019, 2019-04-19",
        "2024, 2024-03-29",
        "2025, 2025-04-18",
        "2026, 2026-04-03",
        "2027, 2027-03-26",
        "2028, 2028-04-14",
        "2038, 2038-04-23"
    })
    void shouldFollowEasterInEveryYear(int year, LocalDate goodFriday) {
        Map<LocalDate, String> holidays = HessianHolidays.of(year);
        assertEquals("Karfreitag", holidays.get(goodFriday));
        assertEquals("Ostermontag", holidays.get(goodFriday.plusDays(3)));
        assertEquals("Fronleichnam", holidays.get(goodFriday.plusDays(62)));
        assertEquals(10, holidays.size());
    }

    @Test
    void shouldListTheTenHolidaysOf2026AsPublished() {
        Map<LocalDate, String> holidays = HessianHolidays.of(2026);
        assertEquals(
                List.of(
                        d("2026-01-01"),
                        d("2026-04-03"),
                        d("2026-04-06"),
                        d("2026-05-01"),
                        d("2026-05-14"),
                        d("2026-05-25"),
                        d("2026-06-04"),
                        d("2026-10-03"),
                        d("2026-12-25"),
                        d("2026-12-26")),
                List.copyOf(holidays.keySet()));
        assertEquals("Fronleichnam", holidays.get(d("2026-06-04")));
    }

    @Test
    void shouldMoveTheEasterHolidaysWithEaster() {
        assertEquals(
                List.of(d("2027-03-26"), d("2027-03-29"), d("2027-05-06"), d("2027-05-17"), d("2027-05-27")),
                HessianHolidays.of(2027).keySet().stream()
                        .filter(day -> day.getMonthValue() >= 3 && day.getMonthValue() <= 6)
                        .filter(day -> !day.equals(d("2027-05-01")))
                        .toList());
        assertEquals(
                List.of(d("2028-04-14"), d("2028-04-17"), d("2028-05-25"), d("2028-06-05"), d("2028-06-15")),
                HessianHolidays.of(2028).keySet().stream()
                        .filter(day -> day.getMonthValue() >= 3 && day.getMonthValue() <= 6)
                        .filter(day -> !day.equals(d("2028-05-01")))
                        .toList());
    }

    @Test
    void shouldNotContainHolidaysOfOtherStates() {
        Map<LocalDate, String> holidays = HessianHolidays.of(2026);
        assertEquals(10, holidays.size());
        for (String notInHessen :
                List.of("2026-01-06", "2026-10-31", "2026-11-01", "2026-11-18", "2026-12-24", "2026-12-31")) {
            assertEquals(null, holidays.get(d(notInHessen)), notInHessen);
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
