package de.deutsch4u.course;

import java.time.LocalDate;

/**
 * Status of a course (labels: CourseStatus.*). DRAFT, PUBLISHED and CANCELLED are stored; RUNNING and
 * COMPLETED follow from the dates, so no job has to move courses along.
 */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    RUNNING,
    COMPLETED,
    CANCELLED;

    /** The status as people see it on a given day. */
    public static CourseStatus on(LocalDate today, CourseStatus stored, LocalDate start, LocalDate end) {
        if (stored == CANCELLED || stored == DRAFT) {
            return stored;
        }
        if (today.isAfter(end)) {
            return COMPLETED;
        }
        return today.isBefore(start) ? PUBLISHED : RUNNING;
    }
}
