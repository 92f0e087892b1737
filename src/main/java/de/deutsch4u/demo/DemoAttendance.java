package de.deutsch4u.demo;

import de.deutsch4u.common.Today;
import de.deutsch4u.course.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Attendance for the demo courses' past sessions, so the sheets, lists and reports show something:
 * mostly present, now and then excused or absent, and one person who has stopped coming lately.
 */
@ApplicationScoped
public class DemoAttendance {

    private static final List<String> TOPICS = List.of("Sich vorstellen", "Zahlen und Uhrzeit", "Einkaufen",
            "Beim Arzt", "Wohnung und Nachbarschaft", "Termine vereinbaren", "Öffentliche Verkehrsmittel", "Wiederholung");

    @PersistenceContext
    private EntityManager em;

    @SuppressWarnings("unchecked")
    void record(Course course) {
        List<Number> people = em.createNativeQuery(
                        "SELECT participant_id FROM enrollment WHERE course_id = ? AND status = 'ENROLLED' ORDER BY id")
                .setParameter(1, course.getId()).getResultList();
        List<Object[]> sessions = em.createNativeQuery("""
                SELECT id, DATEDIFF(?, session_date) FROM course_session
                WHERE course_id = ? AND session_date < ? AND status = 'PLANNED' ORDER BY session_date""")
                .setParameter(1, Today.date()).setParameter(2, course.getId()).setParameter(3, Today.date()).getResultList();
        for (int s = 0; s < sessions.size(); s++) {
            long sessionId = ((Number) sessions.get(s)[0]).longValue();
            boolean lastWeeks = ((Number) sessions.get(s)[1]).intValue() <= 28;
            int present = 0;
            for (int p = 0; p < people.size(); p++) {
                String status = status(s, p, lastWeeks && p == people.size() - 1);
                present += "PRESENT".equals(status) ? 1 : 0;
                em.createNativeQuery("INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, ?)")
                        .setParameter(1, sessionId).setParameter(2, people.get(p).longValue()).setParameter(3, status)
                        .executeUpdate();
            }
            em.createNativeQuery("""
                    UPDATE course_session SET status = 'HELD', topic = ?, attendance_version = 1,
                           present_count = ?, recorded_count = ?, attendance_saved_at = ? WHERE id = ?""")
                    .setParameter(1, TOPICS.get(s % TOPICS.size())).setParameter(2, present)
                    .setParameter(3, people.size()).setParameter(4, Today.utcNow()).setParameter(5, sessionId)
                    .executeUpdate();
        }
        // The usage report's presence summary (V040), as SheetWriter keeps it on each save.
        em.createNativeQuery("""
                INSERT INTO course_presence (course_id, participant_id, first_present, last_present)
                SELECT s.course_id, a.participant_id, MIN(s.session_date), MAX(s.session_date)
                FROM attendance a JOIN course_session s ON s.id = a.session_id
                WHERE s.course_id = ? AND a.status = 'PRESENT' AND s.status = 'HELD'
                GROUP BY s.course_id, a.participant_id""").setParameter(1, course.getId()).executeUpdate();
    }

    private static String status(int session, int person, boolean stoppedComing) {
        int draw = (session * 7 + person * 3) % 10;
        if (stoppedComing || draw == 0) {
            return "ABSENT";
        }
        return draw == 1 ? "EXCUSED" : "PRESENT";
    }
}
