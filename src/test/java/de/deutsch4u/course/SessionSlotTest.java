package de.deutsch4u.course;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SessionSlotTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void shouldClashWhenTheSameTeacherIsBookedTwice() {
        assertTrue(slot(1, "09:00", "12:00", 7, 100, 1L).clashesWith(slot(2, "11:00", "13:00", 7, 200, 5L)));
    }

    @Test
    void shouldNotClashWhenOneEndsAsTheOtherStarts() {
        assertFalse(slot(1, "09:00", "12:00", 7, 100, 1L).clashesWith(slot(2, "12:00", "14:00", 7, 100, 1L)));
    }

    @Test
    void shouldNotClashOnAnotherDay() {
        SessionSlot other = new SessionSlot(2L, 2, "B", DAY.plusDays(1), t("09:00"), t("12:00"), 7, 100, 1L);
        assertFalse(slot(1, "09:00", "12:00", 7, 100, 1L).clashesWith(other));
    }

    @Test
    void shouldClashInTheSameRoomWithDifferentTeachers() {
        assertTrue(slot(1, "09:00", "12:00", 7, 100, 1L).clashesWith(slot(2, "10:00", "11:00", 8, 100, 1L)));
    }

    @Test
    void shouldNotClashInDifferentRoomsOfOneLocation() {
        assertFalse(slot(1, "09:00", "12:00", 7, 100, 1L).clashesWith(slot(2, "09:00", "12:00", 8, 100, 2L)));
    }

    @Test
    void shouldLetACourseWithoutRoomOccupyTheWholeLocation() {
        assertTrue(slot(1, "09:00", "12:00", 7, 100, null).clashesWith(slot(2, "09:00", "12:00", 8, 100, 2L)));
        assertTrue(slot(1, "09:00", "12:00", 7, 100, 3L).clashesWith(slot(2, "09:00", "12:00", 8, 100, null)));
        assertFalse(slot(1, "09:00", "12:00", 7, 100, null).clashesWith(slot(2, "09:00", "12:00", 8, 200, null)));
    }

    private static SessionSlot slot(long course, String start, String end, long teacher, long location, Long room) {
        return new SessionSlot(null, course, "Kurs " + course, DAY, t(start), t(end), teacher, location, room);
    }

    private static LocalTime t(String time) {
        return LocalTime.parse(time);
    }
}
