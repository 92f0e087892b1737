package de.deutsch4u.course;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as the API shows it (contract §5 "Courses and sessions"). */
public record SessionView(
        long id,
        long courseId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        int units,
        SessionStatus status,
        String cancelReason,
        Long substituteTeacherId,
        boolean makeup) {

    public static SessionView of(CourseSession s) {
        return new SessionView(
                s.getId(),
                s.getCourse().getId(),
                s.getDate(),
                s.getStartTime(),
                s.getEndTime(),
                s.getUnits(),
                s.getStatus(),
                s.getCancelReason(),
                s.getSubstituteTeacher() == null
                        ? null
                        : s.getSubstituteTeacher().getId(),
                s.isMakeup());
    }
}
