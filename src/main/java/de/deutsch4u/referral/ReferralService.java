package de.deutsch4u.referral;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.enrollment.Enrollment;
import de.deutsch4u.enrollment.EnrollmentService;
import de.deutsch4u.participant.Gender;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantData;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import de.deutsch4u.user.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * Referrals (contract §11). A DISTRICT account refers a person to a course in its districts and sees its own
 * referrals; the course's PROVIDER (and ADMIN) sees those to its courses and accepts (registers or matches the
 * participant, then enrolls them through {@link EnrollmentService}, so capacity and waiting list rules apply) or
 * declines with a reason. Only an OPEN referral can be decided (409 otherwise). Every change and every view of the
 * referral's personal data is audited (entity "referral").
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.DISTRICT})
public class ReferralService {

    /** Registered from a referral without these: "unspecified" and the code for unknown (contract §5 "Participants"). */
    static final String UNKNOWN_COUNTRY = "XX";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    @Inject
    private CourseService courses;

    @Inject
    private ParticipantService participants;

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private AuditLog audit;

    /** A new OPEN referral to a course in the caller's districts (else 404); without the person's consent 400. */
    @RolesAllowed(Roles.DISTRICT)
    public Referral create(ReferralData data) {
        Course course = courses.get(data.getCourseId());
        if (!Boolean.TRUE.equals(data.getConsentGiven())) {
            throw BusinessException.invalidField("consentGiven", "violation.consent.required");
        }
        if (data.getBirthYear() != null
                && (data.getBirthYear() < 1900
                        || data.getBirthYear() > Today.date().getYear())) {
            throw BusinessException.invalidField(
                    "birthYear", "violation.birthYear.range", 1900, Today.date().getYear());
        }
        if (course.isCancelled() || course.getEndDate().isBefore(Today.date())) {
            throw BusinessException.conflict("referral.courseClosed", course.getTitle());
        }
        Referral referral = new Referral(course, signedInUser.account(), data, Today.date(), Today.utcNow());
        em.persist(referral);
        em.flush();
        audit.record("CREATE", "referral", referral.getId(), "courseId=" + course.getId());
        return referral;
    }

    /**
     * The referrals in the caller's scope, newest first, optionally of one status: a DISTRICT account's own, a
     * PROVIDER's to its courses, all for ADMIN. Showing them is a VIEW of each referral's personal data.
     */
    public List<Referral> list(String status, String where) {
        List<Referral> found = em.createQuery("""
                SELECT r FROM Referral r
                WHERE (:status IS NULL OR r.status = :status)
                  AND (:referrer IS NULL OR r.referredBy.id = :referrer)
                  AND (:provider IS NULL OR r.course.provider.id = :provider)
                ORDER BY r.createdAt DESC, r.id DESC""", Referral.class)
                .setParameter("status", status(status))
                .setParameter("referrer", caller.isDistrict() ? caller.id() : null)
                .setParameter("provider", caller.role() == Role.PROVIDER ? caller.providerId() : null)
                .getResultList();
        logViews(found, where);
        return found;
    }

    /** The OPEN referrals to one course of the caller's provider (PROVIDER, ADMIN), oldest first, for the course page. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public List<Referral> openForCourse(long courseId, String where) {
        Course course = courses.get(courseId);
        List<Referral> found = em.createQuery("""
                SELECT r FROM Referral r WHERE r.course = :course AND r.status = de.deutsch4u.referral.ReferralStatus.OPEN
                ORDER BY r.createdAt, r.id""", Referral.class)
                .setParameter("course", course)
                .getResultList();
        logViews(found, where);
        return found;
    }

    /** One referral in the caller's scope (else 404); a VIEW of its personal data. */
    public Referral get(long id, String where) {
        Referral referral = inScope(em.find(Referral.class, id), id);
        logViews(List.of(referral), where);
        return referral;
    }

    /**
     * Registers the person as a participant of the course's provider (or takes {@code participantId}, which must be
     * one of that provider's) and enrolls them; the referral becomes ACCEPTED or WAITLISTED as the enrollment.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Referral accept(long id, ReferralAcceptanceData acceptance) {
        Referral referral = lockedOpen(id);
        Course course = referral.getCourse();
        ReferralAcceptanceData given = acceptance == null ? new ReferralAcceptanceData() : acceptance;
        Participant person = given.getParticipantId() != null
                ? existing(given.getParticipantId(), course)
                : participants.registerReferred(registration(referral, given));
        Enrollment enrollment = enrollments.enroll(course.getId(), person.getId(), given.getFromDate());
        referral.accept(person, enrollment, signedInUser.account(), Today.utcNow());
        em.flush();
        audit.record(
                "CHANGE",
                "referral",
                id,
                "status=" + referral.getStatus() + ", participantId=" + person.getId() + ", enrollmentId="
                        + enrollment.getId());
        return referral;
    }

    /** Declines with a reason, which the referring account sees. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Referral decline(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalidField("reason", "violation.required");
        }
        Referral referral = lockedOpen(id);
        referral.decline(reason, signedInUser.account(), Today.utcNow());
        em.flush();
        audit.record("CHANGE", "referral", id, "status=" + ReferralStatus.DECLINED);
        return referral;
    }

    /** Participants of the course's provider with the same names: the duplicate warning of the accept dialog. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public List<Participant> similarParticipants(Referral referral) {
        return em.createQuery("""
                SELECT p FROM Participant p
                WHERE p.provider.id = :provider AND p.erasedAt IS NULL AND p.firstName = :first AND p.lastName = :last
                  AND (:year IS NULL OR p.birthYear = :year)
                ORDER BY p.id""", Participant.class)
                .setParameter("provider", referral.getCourse().getProviderId())
                .setParameter("first", referral.getFirstName())
                .setParameter("last", referral.getLastName())
                .setParameter("year", referral.getBirthYear())
                .getResultList();
    }

    /** Whether the caller sees the participant record of referrals: the provider and ADMIN, never DISTRICT. */
    public boolean seesParticipantRecord() {
        return !caller.isDistrict();
    }

    private Referral lockedOpen(long id) {
        Referral referral = inScope(em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        if (!referral.isOpen()) {
            throw BusinessException.conflict("referral.notOpen");
        }
        return referral;
    }

    /** The referral if the caller may see it: its referrer, the course's provider, ADMIN; else 404 (contract §4). */
    private Referral inScope(Referral referral, long id) {
        boolean visible = referral != null
                && switch (caller.role()) {
                    case ADMIN -> true;
                    case PROVIDER -> referral.getCourse().getProviderId().equals(caller.providerId());
                    case DISTRICT -> referral.getReferredBy().getId().equals(caller.id());
                    default -> false;
                };
        if (!visible) {
            throw BusinessException.notFound("referral.notFound", id);
        }
        return referral;
    }

    private Participant existing(long participantId, Course course) {
        Participant person = em.find(Participant.class, participantId);
        if (person == null || person.isErased() || !person.getProviderId().equals(course.getProviderId())) {
            throw BusinessException.invalidField("participantId", "violation.participantId.unknown");
        }
        return person;
    }

    private static ParticipantData registration(Referral referral, ReferralAcceptanceData given) {
        ParticipantData data = new ParticipantData();
        data.setProviderId(referral.getCourse().getProviderId());
        data.setFirstName(referral.getFirstName());
        data.setLastName(referral.getLastName());
        data.setPhone(referral.getPhone());
        data.setFirstLanguages(referral.getLanguages());
        data.setBirthYear(given.getBirthYear() != null ? given.getBirthYear() : referral.getBirthYear());
        data.setGender(given.getGender() != null ? given.getGender() : Gender.UNSPECIFIED);
        data.setCountryOfOrigin(
                given.getCountryOfOrigin() != null
                                && !given.getCountryOfOrigin().isBlank()
                        ? given.getCountryOfOrigin()
                        : UNKNOWN_COUNTRY);
        data.setNationality(given.getNationality());
        data.setConsentGiven(true); // given to the referring office, recorded with the referral's consent date
        return data;
    }

    private void logViews(List<Referral> shown, String where) {
        if (!shown.isEmpty()) {
            audit.recordViews("referral", shown.stream().map(Referral::getId).toList(), where);
        }
    }

    private static ReferralStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReferralStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("status", "violation.referral.status");
        }
    }
}
