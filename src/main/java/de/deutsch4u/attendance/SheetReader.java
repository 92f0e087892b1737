package de.deutsch4u.attendance;

import de.deutsch4u.config.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import javax.sql.DataSource;

/** Reads a sheet's lines and its change history; the caller's access is checked before (SessionAccess). */
@ApplicationScoped
class SheetReader {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    /**
     * Everyone ever enrolled in the session's course, in sheet order, with their saved entry and whether
     * they are enrolled on the session's date. One query over the course's enrollments: only people
     * enrolled once can have entries. Plain JDBC on the transaction's connection (see NativeSql).
     */
    List<SheetLine> lines(SessionFacts session) {
        return new NativeSql(dataSource, """
                SELECT p.id, p.first_name, p.last_name, a.status,
                       MAX(e.was_enrolled AND e.from_date <= ? AND (e.withdrawal_date IS NULL OR e.withdrawal_date > ?))
                FROM enrollment e JOIN participant p ON p.id = e.participant_id
                LEFT JOIN attendance a ON a.session_id = ? AND a.participant_id = p.id
                WHERE e.course_id = ?
                GROUP BY p.id, p.first_name, p.last_name, a.status
                ORDER BY p.last_name, p.first_name, p.id""")
                .param(session.date()).param(session.date()).param(session.sessionId())
                .param(session.courseId()).rows().stream()
                .map(row -> new SheetLine(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        row[3] == null ? null : AttendanceStatus.valueOf((String) row[3]),
                        ((Number) row[4]).intValue() == 1))
                .toList();
    }

    /** The history of changes after the first save, newest first. */
    List<AttendanceChange> changes(long sessionId) {
        return em.createQuery("""
                SELECT c FROM AttendanceChange c LEFT JOIN FETCH c.participant WHERE c.sessionId = :session
                ORDER BY c.changedAt DESC, c.id DESC""", AttendanceChange.class)
                .setParameter("session", sessionId).getResultList();
    }
}
