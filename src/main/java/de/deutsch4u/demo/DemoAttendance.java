package de.deutsch4u.demo;

import de.deutsch4u.attendance.DerivedAttendance;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Attendance for the demo courses' past sessions, so the sheets, lists and reports show something:
 * mostly present, now and then excused or absent, and one person who has stopped coming lately.
 */
@ApplicationScoped
public class DemoAttendance {

    private static final List<String> TOPICS = List.of(
            "Sich vorstellen",
            "Zahlen und Uhrzeit",
            "Einkaufen",
            "Beim Arzt",
            "Wohnung und Nachbarschaft",
            "Termine vereinbaren",
            "Öffentliche Verkehrsmittel",
            "Wiederholung");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    @Inject
    private DerivedAttendance derived;

    /** A past session of the course, and whether it lies in the last four weeks. */
    private record PastSession(long id, boolean lastWeeks) {}

    /** One attendance row, bound by its accessors' names (public, for Jdbi's reflection). */
    public record Entry(long sessionId, long participantId, String status) {}

    void record(Course course) {
        em.flush(); // the course, its sessions and enrollments were persisted through JPA; the SQL below reads them
        LocalDate today = Today.date();
        List<Long> people = sql.withHandle(handle -> handle.createQuery(
                        "SELECT participant_id FROM enrollment WHERE course_id = :course AND status = 'ENROLLED' ORDER BY id")
                .bind("course", course.getId())
                .mapTo(Long.class)
                .list());
        List<PastSession> sessions = sql.withHandle(handle -> handle.createQuery("""
                        SELECT id, session_date FROM course_session
                        WHERE course_id = :course AND session_date < :today AND status = 'PLANNED' ORDER BY session_date""")
                .bind("course", course.getId())
                .bind("today", today)
                .map((rs, ctx) -> new PastSession(
                        rs.getLong("id"),
                        !rs.getObject("session_date", LocalDate.class).isBefore(today.minusDays(28))))
                .list());
        for (int s = 0; s < sessions.size(); s++) {
            PastSession session = sessions.get(s);
            List<Entry> entries = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                entries.add(new Entry(
                        session.id(), people.get(p), status(s, p, session.lastWeeks() && p == people.size() - 1)));
            }
            String topic = TOPICS.get(s % TOPICS.size());
            sql.useHandle(handle -> {
                if (!entries.isEmpty()) {
                    handle.createUpdate("INSERT INTO attendance (session_id, participant_id, status) VALUES <entries>")
                            .bindMethodsList("entries", entries, List.of("sessionId", "participantId", "status"))
                            .execute();
                }
                handle.createUpdate("""
                                UPDATE course_session SET status = 'HELD', topic = :topic, attendance_version = 1,
                                       attendance_saved_at = :now WHERE id = :session""")
                        .bind("topic", topic)
                        .bind("now", Today.utcNow())
                        .bind("session", session.id())
                        .execute();
            });
        }
        derived.courseRecorded(course.getId());
    }

    private static String status(int session, int person, boolean stoppedComing) {
        int draw = (session * 7 + person * 3) % 10;
        if (stoppedComing || draw == 0) {
            return "ABSENT";
        }
        return draw == 1 ? "EXCUSED" : "PRESENT";
    }
}
