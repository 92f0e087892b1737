package de.deutsch4u.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.course.CourseLevel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinderSnapshotTest {

    private static final Instant READ_AT = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void shouldBeFreshOnlyWithinItsAgeAndGeneration() {
        FinderSnapshot snapshot = new FinderSnapshot(List.of(), List.of(), READ_AT, 3);
        Duration minute = Duration.ofSeconds(60);

        assertTrue(snapshot.isFreshAt(READ_AT.plusSeconds(59), minute, 3));
        assertFalse(snapshot.isFreshAt(READ_AT.plusSeconds(60), minute, 3), "read again after a minute at the latest");
        assertFalse(
                snapshot.isFreshAt(READ_AT.plusSeconds(1), minute, 4), "a saved course change makes it stale at once");
    }

    @Test
    void shouldLeaveOutCoursesThatEndedSinceItWasRead() {
        PublicCourse endsToday = course(1, TODAY);
        PublicCourse endedYesterday = course(2, TODAY.minusDays(1));
        FinderSnapshot snapshot = new FinderSnapshot(List.of(endsToday, endedYesterday), List.of(), READ_AT, 0);

        assertEquals(List.of(endsToday), snapshot.openOn(TODAY));
    }

    @Test
    void shouldSortStartTimesIntoMorningAfternoonAndEvening() {
        assertEquals(TimeOfDay.MORNING, TimeOfDay.of(LocalTime.of(11, 59)));
        assertEquals(TimeOfDay.AFTERNOON, TimeOfDay.of(LocalTime.NOON));
        assertEquals(TimeOfDay.AFTERNOON, TimeOfDay.of(LocalTime.of(16, 59)));
        assertEquals(TimeOfDay.EVENING, TimeOfDay.of(LocalTime.of(17, 0)));
    }

    static PublicCourse course(long id, LocalDate end) {
        return new PublicCourse(
                id,
                "Kurs " + id,
                CourseLevel.A1,
                "Träger",
                new PublicCourse.PublicLocation(
                        "Ort", "Weg 1", "60311", "Frankfurt am Main", 7, "Frankfurt am Main", null, null),
                List.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                end.minusDays(30),
                end,
                3,
                false,
                true,
                List.of("ar"));
    }
}
