package de.deutsch4u.dataprotection;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.audit.AuditView;
import de.deutsch4u.common.Sql;
import de.deutsch4u.enrollment.Enrollment;
import de.deutsch4u.enrollment.EnrollmentView;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.participant.ParticipantView;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The Art. 15 export: everything stored about one person, for ADMIN and the person's PROVIDER; logged as EXPORT. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
public class ExportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    @Inject
    private ParticipantService participants;

    @Inject
    private AuditLog audit;

    public ParticipantExport export(long id, String format) {
        Participant person = participants.find(id);
        List<AuditView> accessLog =
                participants.accessLog(id).stream().map(AuditView::of).toList();
        audit.record("EXPORT", "participant", id, "Art. 15 export, format=" + format);
        return new ParticipantExport(
                ParticipantView.of(person),
                List.of(new ParticipantExport.Consent(
                        person.getConsentDate(), person.getConsentRecordedBy(), person.getConsentTextVersion())),
                enrollments(id).stream().map(EnrollmentView::of).toList(),
                attendance(id),
                documents(id),
                accessLog);
    }

    /**
     * The export as a German PDF (logged as EXPORT too), its headings and labels also in {@code secondLanguage}
     * (one of {@link ExportLanguages#CHOICES}; null for German only).
     */
    public byte[] exportPdf(long id, Locale secondLanguage) {
        return ExportPdf.render(export(id, "pdf"), secondLanguage);
    }

    private List<Enrollment> enrollments(long id) {
        return em.createQuery(
                        "SELECT e FROM Enrollment e WHERE e.participant.id = :id ORDER BY e.fromDate, e.id",
                        Enrollment.class)
                .setParameter("id", id)
                .getResultList();
    }

    private List<ParticipantExport.Attendance> attendance(long id) {
        return sql.withHandle(handle -> handle.createQuery("""
                        SELECT s.id, s.session_date, s.course_id, a.status FROM attendance a
                        JOIN course_session s ON s.id = a.session_id
                        WHERE a.participant_id = :person ORDER BY s.session_date, s.start_time, s.id""")
                .bind("person", id)
                .map((rs, ctx) -> new ParticipantExport.Attendance(
                        rs.getLong("id"),
                        rs.getObject("session_date", LocalDate.class),
                        rs.getLong("course_id"),
                        rs.getString("status")))
                .list());
    }

    /** Signed attendance lists (scans of closed months) of months in which the person was enrolled on some day. */
    private List<ParticipantExport.Document> documents(long id) {
        return sql.withHandle(handle -> handle.createQuery("""
                        SELECT DISTINCT m.course_id, m.month_start FROM month_closing m
                        JOIN enrollment e ON e.course_id = m.course_id AND e.participant_id = :person AND e.was_enrolled
                          AND e.from_date <= LAST_DAY(m.month_start)
                          AND (e.withdrawal_date IS NULL OR e.withdrawal_date > m.month_start)
                        WHERE m.scan IS NOT NULL ORDER BY m.month_start, m.course_id""")
                .bind("person", id)
                .map((rs, ctx) -> new ParticipantExport.Document(
                        "signedAttendanceList",
                        rs.getLong("course_id"),
                        rs.getObject("month_start", LocalDate.class).toString().substring(0, 7)))
                .list());
    }
}
