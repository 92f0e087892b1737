package de.deutsch4u.enrollment;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;

/**
 * The participation certificate (Teilnahmebescheinigung) of one enrollment. It is an export of the
 * participant's data, so only PROVIDER and ADMIN get it, and every one is logged by id.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
public class CertificateService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private AuditLog audit;

    /** The file name: ids only, so a downloads folder or a mail attachment shows no name. */
    public static String fileName(long enrollmentId) {
        return "teilnahmebescheinigung-" + enrollmentId + ".pdf";
    }

    /** The PDF for an enrollment in scope (else 404); someone who never had a place gets none (409). */
    public byte[] certificate(long enrollmentId) {
        Enrollment enrollment = enrollments.get(enrollmentId);
        if (!enrollment.isWasEnrolled()) {
            throw BusinessException.conflict("certificate.neverEnrolled");
        }
        Certificate certificate = Certificate.of(enrollment, units(enrollment), Today.date());
        byte[] pdf = certificate.render();
        audit.record("EXPORT", "participant", enrollment.getParticipant().getId(),
                "certificate, enrollmentId=" + enrollmentId);
        return pdf;
    }

    /**
     * Units of HELD sessions while the person was enrolled (from_date ≤ date < withdrawal date), and of
     * those the units of sessions where they were PRESENT.
     */
    private Certificate.Units units(Enrollment enrollment) {
        LocalDate until = enrollment.getWithdrawalDate();
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT COALESCE(SUM(s.units), 0),
                       COALESCE(SUM(CASE WHEN a.status = 'PRESENT' THEN s.units ELSE 0 END), 0)
                FROM course_session s
                LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = ?
                WHERE s.course_id = ? AND s.status = 'HELD' AND s.session_date >= ?
                  AND (? IS NULL OR s.session_date < ?)""")
                .setParameter(1, enrollment.getParticipant().getId())
                .setParameter(2, enrollment.getCourse().getId())
                .setParameter(3, Date.valueOf(enrollment.getFromDate()))
                .setParameter(4, until == null ? null : Date.valueOf(until))
                .setParameter(5, until == null ? null : Date.valueOf(until))
                .getSingleResult();
        return new Certificate.Units(((Number) row[1]).intValue(), ((Number) row[0]).intValue());
    }
}
