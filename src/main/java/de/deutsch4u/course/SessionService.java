package de.deutsch4u.course;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import de.deutsch4u.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** Single sessions: move, change time or units, cancel with a reason, substitute, make-up sessions. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.TEACHER, Roles.DISTRICT})
public class SessionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CourseService courses;

    @Inject
    private ClashFinder clashes;

    @Inject
    private AuditLog audit;

    @Inject
    private Caller caller;

    /** A session of a course in the caller's scope; any other id is "not found". */
    public CourseSession get(Long id) {
        CourseSession session = id == null ? null : em.find(CourseSession.class, id);
        if (session == null) {
            throw BusinessException.notFound("session.notFound", id);
        }
        courses.get(session.getCourse().getId());
        return session;
    }

    /** Cancels a planned session; a teacher may cancel the sessions they teach (e.g. from the sheet). */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    public CourseSession cancel(long id, String reason) {
        CourseSession session = get(id);
        if (caller.role() == Role.TEACHER
                && !session.getEffectiveTeacher().getId().equals(caller.id())) {
            throw BusinessException.forbidden("attendance.notYourSession");
        }
        requirePlanned(session);
        session.cancel(reason.strip());
        audit.record("CANCEL", "session", id, null);
        return session;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public CourseSession change(long id, SessionChangeData change) {
        CourseSession session = get(id);
        requirePlanned(session);
        requireTimesInOrder(change);
        Course course = session.getCourse();
        clashes.lock(
                course.getLocation().getId(),
                Set.of(session.getEffectiveTeacher().getId()));
        session.reschedule(change.getDate(), change.getStartTime(), change.getEndTime(), change.getUnits());
        clashes.requireNoClash(List.of(session.slot()));
        audit.record(
                "UPDATE",
                "session",
                id,
                "date=" + change.getDate() + ", " + change.getStartTime() + "-" + change.getEndTime() + ", units="
                        + change.getUnits());
        return session;
    }

    /** Sets a substitute (Vertretung) or, with null, removes it; the substitute must be free then. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public CourseSession substitute(long id, Long teacherId) {
        CourseSession session = get(id);
        requirePlanned(session);
        Course course = session.getCourse();
        UserAccount substitute = null;
        if (teacherId != null) {
            substitute = em.find(UserAccount.class, teacherId);
            if (substitute == null
                    || substitute.getRole() != Role.TEACHER
                    || !substitute.isActive()
                    || !course.getProviderId().equals(substitute.getProviderId())) {
                throw BusinessException.invalidField("teacherId", "violation.teacherId.unknown");
            }
            clashes.lock(course.getLocation().getId(), Set.of(teacherId));
        }
        session.assignSubstitute(substitute);
        clashes.requireNoClash(List.of(session.slot()));
        audit.record("SUBSTITUTE", "session", id, "teacherId=" + teacherId);
        return session;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public CourseSession addMakeup(long courseId, SessionChangeData change) {
        Course course = courses.get(courseId);
        if (course.isCancelled()) {
            throw BusinessException.conflict("course.cancelled");
        }
        requireTimesInOrder(change);
        clashes.lock(course.getLocation().getId(), Set.of(course.getTeacher().getId()));
        CourseSession session = new CourseSession(
                course, change.getDate(), change.getStartTime(), change.getEndTime(), change.getUnits(), true);
        clashes.requireNoClash(List.of(session.slot()));
        em.persist(session);
        em.flush();
        audit.record("CREATE", "session", session.getId(), "courseId=" + courseId + ", makeup");
        return session;
    }

    private static void requirePlanned(CourseSession session) {
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw BusinessException.conflict(
                    session.getStatus() == SessionStatus.HELD ? "session.held" : "session.cancelled");
        }
    }

    private static void requireTimesInOrder(SessionChangeData change) {
        if (!change.getEndTime().isAfter(change.getStartTime())) {
            throw BusinessException.invalidField("endTime", "violation.endTime.notAfterStart");
        }
    }
}
