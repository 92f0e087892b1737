package de.deutsch4u.course;

/** A session is planned, held (attendance recorded) or cancelled (labels: SessionStatus.*). */
public enum SessionStatus {
    PLANNED,
    HELD,
    CANCELLED
}
