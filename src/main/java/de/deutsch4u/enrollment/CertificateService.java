package de.deutsch4u.enrollment;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The participation certificate (Teilnahmebescheinigung) of one enrollment. It is an export of the
 * participant's data, so only PROVIDER and ADMIN get it, and every one is logged by id.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
public class CertificateService {

    @Inject
    private Sql sql;

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
        audit.record(
                "EXPORT",
                "participant",
                enrollment.getParticipant().getId(),
                "certificate, enrollmentId=" + enrollmentId);
        return pdf;
    }

    /**
     * Units of HELD sessions on whose date the person was enrolled (the view enrolled_session: from_date ≤ date
     * < withdrawal date), and of those the units of sessions where they were PRESENT.
     */
    private Certificate.Units units(Enrollment enrollment) {
        return sql.withHandle(handle -> handle.createQuery("""
                        SELECT COALESCE(SUM(CASE WHEN a.status = 'PRESENT' THEN s.units ELSE 0 END), 0) AS attended,
                               COALESCE(SUM(s.units), 0) AS held
                        FROM enrolled_session es
                        JOIN course_session s ON s.id = es.session_id
                        LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = es.participant_id
                        WHERE es.enrollment_id = :enrollment AND s.status = 'HELD'""")
                .bind("enrollment", enrollment.getId())
                .map((rs, ctx) -> new Certificate.Units(rs.getInt("attended"), rs.getInt("held")))
                .one());
    }
}
