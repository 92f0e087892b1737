package de.deutsch4u.attendance;

import de.deutsch4u.course.SessionStatus;
import java.io.Serializable;

/** The sessions of one month of a course: recorded (HELD), still PLANNED, and CANCELLED. */
public record MonthSessions(int held, int planned, int cancelled) implements Serializable {

    public static final MonthSessions NONE = new MonthSessions(0, 0, 0);

    static MonthSessions of(SessionStatus status) {
        return switch (status) {
            case HELD -> new MonthSessions(1, 0, 0);
            case PLANNED -> new MonthSessions(0, 1, 0);
            case CANCELLED -> new MonthSessions(0, 0, 1);
        };
    }

    MonthSessions plus(MonthSessions other) {
        return new MonthSessions(held + other.held, planned + other.planned, cancelled + other.cancelled);
    }

    /** Sessions that take place (or took place): all but the cancelled ones. */
    public int scheduled() {
        return held + planned;
    }
}
