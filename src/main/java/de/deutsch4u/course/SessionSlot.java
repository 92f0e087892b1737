package de.deutsch4u.course;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Where and when a session takes a teacher and a room, for clash detection (contract §5): two slots
 * clash on the same date when their [start, end) times intersect and they share the teacher, or the
 * room; a course without a room occupies its whole location. Cancelled sessions are never slots.
 */
public record SessionSlot(
        Long sessionId,
        long courseId,
        String courseTitle,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        long teacherId,
        long locationId,
        Long roomId) {

    public boolean clashesWith(SessionSlot other) {
        if (!date.equals(other.date) || !start.isBefore(other.end) || !other.start.isBefore(end)) {
            return false;
        }
        return teacherId == other.teacherId || sharesRoom(other);
    }

    private boolean sharesRoom(SessionSlot other) {
        if (locationId != other.locationId) {
            return false;
        }
        return roomId == null || other.roomId == null || roomId.equals(other.roomId);
    }
}
