package de.deutsch4u.attendance;

import de.deutsch4u.course.Course;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the monthly attendance list (Anwesenheitsliste) shows for one course. */
public record MonthSheet(
        Course course,
        YearMonth month,
        List<Session> sessions,
        List<Person> people,
        Map<String, AttendanceStatus> marks) {

    /** A session of the month; cancelled ones are listed with their status. */
    public record Session(
            long id, LocalDate date, LocalTime startTime, LocalTime endTime, int units, String status, String topic) {}

    /**
     * Someone enrolled on at least one day of the month, with the month's sessions on whose date they were
     * enrolled (the view enrolled_session, V095).
     */
    public record Person(long participantId, String firstName, String lastName, Set<Long> enrolledSessionIds) {
        boolean enrolledAt(Session session) {
            return enrolledSessionIds.contains(session.id());
        }
    }

    static String key(long sessionId, long participantId) {
        return sessionId + ":" + participantId;
    }

    public AttendanceStatus mark(long sessionId, long participantId) {
        return marks.get(key(sessionId, participantId));
    }
}
