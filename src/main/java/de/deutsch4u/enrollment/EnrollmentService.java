package de.deutsch4u.enrollment;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Places in courses (contract §5 "Participants and enrollment"). Every change locks the course row
 * first, so concurrent enrollments into one course are serialised: each gets a definite place or
 * waiting-list position, none fails because of another.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class EnrollmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    @Inject
    private CourseService courses;

    @Inject
    private ParticipantService participants;

    @Inject
    private AuditLog audit;

    @Inject
    private Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Enrollment enroll(long courseId, Long participantId, LocalDate requestedFrom) {
        Course course = lockedCourse(courseId);
        return enrollLocked(course, participantOf(course, participantId), requestedFrom);
    }

    /**
     * A walk-in added from an attendance sheet (WalkInService has checked that the caller may record
     * that session): enrolled from the session's date, or refused when no place is free.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    public Enrollment enrollWalkIn(long courseId, Participant participant, LocalDate sessionDate) {
        Enrollment enrollment = enrollLocked(lockedCourse(courseId), participant, sessionDate);
        if (enrollment.getStatus() != EnrollmentStatus.ENROLLED) {
            throw BusinessException.conflict("attendance.walkInNoPlace");
        }
        return enrollment;
    }

    private Enrollment enrollLocked(Course course, Participant participant, LocalDate requestedFrom) {
        long courseId = course.getId();
        LocalDate from =
                EnrollmentRules.fromDate(course.getStartDate(), course.getEndDate(), requestedFrom, Today.date());
        if (!active(course, participant).isEmpty()) {
            throw BusinessException.conflict("enrollment.duplicate");
        }
        long enrolled = count(course, EnrollmentStatus.ENROLLED);
        Enrollment enrollment = EnrollmentRules.hasPlace(enrolled, course.getCapacity())
                ? Enrollment.enrolled(course, participant, from, Today.utcNow())
                : Enrollment.waitlisted(
                        course,
                        participant,
                        from,
                        (int) count(course, EnrollmentStatus.WAITLISTED) + 1,
                        Today.utcNow());
        em.persist(enrollment);
        em.flush();
        audit.record(
                "ENROLL",
                "enrollment",
                enrollment.getId(),
                "courseId=" + courseId + ", participantId=" + participant.getId() + ", status="
                        + enrollment.getStatus());
        return enrollment;
    }

    /** Withdraws; a freed place goes to the first on the waiting list in the same transaction. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Enrollment withdraw(long enrollmentId, LocalDate date, WithdrawalReason reason, String note) {
        Enrollment enrollment = get(enrollmentId);
        Course course = lockedCourse(enrollment.getCourse().getId());
        em.refresh(enrollment);
        withdrawLocked(enrollment, course, date, reason, note);
        return enrollment;
    }

    /**
     * Moves a participant to another course of the provider from {@code date} on: the old enrollment is
     * withdrawn (reason TRANSFER) and points to the new one, so the history stays complete.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Enrollment transfer(long enrollmentId, long targetCourseId, LocalDate date) {
        Enrollment enrollment = get(enrollmentId);
        long sourceId = enrollment.getCourse().getId();
        if (sourceId == targetCourseId) {
            throw BusinessException.invalidField("courseId", "violation.transfer.sameCourse");
        }
        Course target = courses.get(targetCourseId);
        if (!target.getProviderId().equals(enrollment.getCourse().getProviderId())) {
            throw BusinessException.invalidField("courseId", "violation.transfer.otherProvider");
        }
        // Lock both courses in id order, so two opposite transfers cannot deadlock.
        lockedCourse(Math.min(sourceId, targetCourseId));
        lockedCourse(Math.max(sourceId, targetCourseId));
        em.refresh(enrollment);
        withdrawLocked(enrollment, enrollment.getCourse(), date, WithdrawalReason.TRANSFER, null);
        Enrollment moved = enroll(
                targetCourseId,
                enrollment.getParticipant().getId(),
                date.isBefore(target.getStartDate()) ? target.getStartDate() : date);
        enrollment.transferTo(moved);
        audit.record("TRANSFER", "enrollment", enrollmentId, "toEnrollmentId=" + moved.getId());
        return moved;
    }

    private void withdrawLocked(
            Enrollment enrollment, Course course, LocalDate date, WithdrawalReason reason, String note) {
        EnrollmentStatus before = enrollment.getStatus();
        EnrollmentRules.requireWithdrawable(before, enrollment.getFromDate(), course.getEndDate(), date);
        Integer position = enrollment.getWaitlistPosition();
        enrollment.withdraw(date, reason, note);
        em.flush();
        if (before == EnrollmentStatus.ENROLLED) {
            firstWaitlisted(course).ifPresent(next -> {
                next.promote(EnrollmentRules.promotionDate(date, course.getStartDate()));
                em.flush();
                closeUpWaitlist(course, 1);
                audit.record("PROMOTE", "enrollment", next.getId(), "courseId=" + course.getId());
            });
        } else {
            closeUpWaitlist(course, position);
        }
        audit.record("WITHDRAW", "enrollment", enrollment.getId(), "reason=" + reason + ", date=" + date);
    }

    public List<Enrollment> list(long courseId) {
        Course course = courses.get(courseId);
        return em.createQuery("""
                SELECT e FROM Enrollment e WHERE e.course = :course
                ORDER BY e.status, e.waitlistPosition, e.participant.lastName, e.participant.firstName""", Enrollment.class)
                .setParameter("course", course)
                .getResultList();
    }

    /**
     * A participant's enrollments in every course, newest first; a TEACHER sees only those in the courses
     * they teach. The course and a transfer's target course are loaded with them, for the pages.
     */
    public List<Enrollment> history(long participantId) {
        Participant participant = participants.find(participantId);
        Long teacher = caller.role() == Role.TEACHER ? caller.id() : null;
        return em.createQuery("""
                SELECT e FROM Enrollment e WHERE e.participant = :participant
                  AND (:teacher IS NULL OR e.course.teacher.id = :teacher)
                ORDER BY e.fromDate DESC, e.id DESC""", Enrollment.class)
                .setParameter("participant", participant)
                .setParameter("teacher", teacher)
                .setHint("eclipselink.join-fetch", "e.course")
                .setHint("eclipselink.left-join-fetch", "e.transferredTo.course")
                .getResultList();
    }

    public Enrollment get(Long id) {
        Enrollment enrollment = id == null ? null : em.find(Enrollment.class, id);
        if (enrollment == null) {
            throw BusinessException.notFound("enrollment.notFound", id);
        }
        courses.get(enrollment.getCourse().getId());
        return enrollment;
    }

    private Course lockedCourse(long courseId) {
        Course course = courses.get(courseId);
        sql.lock("course", courseId);
        if (course.isCancelled()) {
            throw BusinessException.conflict("course.cancelled");
        }
        return course;
    }

    /** A participant of the course's provider; any other id is a 400 on participantId (contract §4). */
    private Participant participantOf(Course course, Long participantId) {
        try {
            Participant participant = participants.find(participantId);
            if (participant.getProviderId().equals(course.getProviderId())) {
                return participant;
            }
        } catch (BusinessException e) {
            // reported as an invalid field below
        }
        throw BusinessException.invalidField("participantId", "violation.participantId.unknown");
    }

    private List<Enrollment> active(Course course, Participant participant) {
        return em.createQuery("""
                SELECT e FROM Enrollment e WHERE e.course = :course AND e.participant = :participant
                  AND e.status <> de.deutsch4u.enrollment.EnrollmentStatus.WITHDRAWN""", Enrollment.class)
                .setParameter("course", course)
                .setParameter("participant", participant)
                .getResultList();
    }

    private long count(Course course, EnrollmentStatus status) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM Enrollment e WHERE e.course = :course AND e.status = :status", Long.class)
                .setParameter("course", course)
                .setParameter("status", status)
                .getSingleResult();
    }

    private Optional<Enrollment> firstWaitlisted(Course course) {
        return em.createQuery("""
                SELECT e FROM Enrollment e WHERE e.course = :course
                  AND e.status = de.deutsch4u.enrollment.EnrollmentStatus.WAITLISTED ORDER BY e.waitlistPosition""", Enrollment.class)
                .setParameter("course", course)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Positions 1…n without gaps: everyone behind the freed position moves up by one. */
    private void closeUpWaitlist(Course course, int freedPosition) {
        em.createQuery("""
                UPDATE Enrollment e SET e.waitlistPosition = e.waitlistPosition - 1
                WHERE e.course = :course AND e.status = de.deutsch4u.enrollment.EnrollmentStatus.WAITLISTED
                  AND e.waitlistPosition > :position""")
                .setParameter("course", course)
                .setParameter("position", freedPosition)
                .executeUpdate();
    }
}
