package de.deutsch4u.attendance;

import de.deutsch4u.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads a sheet's lines and its change history; the caller's access is checked before (SessionAccess). */
@ApplicationScoped
class SheetReader {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    /**
     * Everyone ever enrolled in the session's course, in sheet order, with their saved entry and whether
     * they are enrolled on the session's date (the view enrolled_session, V095). One query over the
     * course's enrollments: only people enrolled once can have entries.
     */
    List<SheetLine> lines(SessionFacts session) {
        return sql.withHandle(handle -> handle.createQuery(Sql.file("attendance/sheet-lines.sql"))
                .bind("session", session.sessionId())
                .bind("course", session.courseId())
                .map((rs, ctx) -> new SheetLine(
                        rs.getLong("id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("status") == null ? null : AttendanceStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("enrolled_on_date")))
                .list());
    }

    /** The history of changes after the first save, newest first. */
    List<AttendanceChange> changes(long sessionId) {
        return em.createQuery("""
                SELECT c FROM AttendanceChange c LEFT JOIN FETCH c.participant WHERE c.sessionId = :session
                ORDER BY c.changedAt DESC, c.id DESC""", AttendanceChange.class)
                .setParameter("session", sessionId)
                .getResultList();
    }
}
