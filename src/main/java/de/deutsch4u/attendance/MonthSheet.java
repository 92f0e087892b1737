package de.deutsch4u.attendance;

import de.deutsch4u.course.Course;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** What the monthly attendance list (Anwesenheitsliste) shows for one course. */
public record MonthSheet(Course course, YearMonth month, List<Session> sessions, List<Person> people,
                         Map<String, AttendanceStatus> marks) {

    /** A session of the month; cancelled ones are listed with their status. */
    public record Session(long id, LocalDate date, LocalTime startTime, LocalTime endTime, int units, String status,
                          String topic) {
    }

    /** Someone enrolled on at least one day of the month, with the days they were enrolled. */
    public record Person(long participantId, String firstName, String lastName, List<Period> enrolled) {
        boolean enrolledOn(LocalDate date) {
            return enrolled.stream().anyMatch(p -> !date.isBefore(p.from()) && (p.until() == null || date.isBefore(p.until())));
        }
    }

    /** From a date (inclusive) until the withdrawal date (exclusive, null = still enrolled). */
    public record Period(LocalDate from, LocalDate until) {
    }

    static String key(long sessionId, long participantId) {
        return sessionId + ":" + participantId;
    }

    public AttendanceStatus mark(long sessionId, long participantId) {
        return marks.get(key(sessionId, participantId));
    }
}
