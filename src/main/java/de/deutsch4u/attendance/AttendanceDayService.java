package de.deutsch4u.attendance;

import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.course.CourseSession;
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

/** The day view's sessions. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class AttendanceDayService {

    /** How far back the day view of the provider's staff looks for sessions without attendance. */
    static final int OVERDUE_DAYS = 56;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AppSettings settings;

    /**
     * Today's sessions and the past ones still without attendance (overdue) of the signed-in teacher, or of the
     * provider for its staff. A teacher's overdue sessions are those they may still record: at most
     * ATTENDANCE_CORRECTION_DAYS back (contract §5); the staff's reach {@link #OVERDUE_DAYS} back.
     */
    public List<CourseSession> dayView() {
        LocalDate today = Today.date();
        boolean teacher = caller.role() == Role.TEACHER;
        return em.createQuery("""
                SELECT s FROM CourseSession s JOIN FETCH s.course c JOIN FETCH c.location
                WHERE s.date BETWEEN :from AND :today
                  AND (s.date = :today OR s.status = de.deutsch4u.course.SessionStatus.PLANNED)
                  AND (:provider IS NULL OR c.provider.id = :provider)
                  AND (:teacher IS NULL OR s.substituteTeacher.id = :teacher
                       OR (s.substituteTeacher IS NULL AND c.teacher.id = :teacher))
                ORDER BY s.date DESC, s.startTime""", CourseSession.class)
                .setParameter("from", today.minusDays(teacher ? settings.attendanceCorrectionDays() : OVERDUE_DAYS))
                .setParameter("today", today)
                .setParameter("provider", caller.seesAllProviders() ? null : caller.providerId())
                .setParameter("teacher", teacher ? caller.id() : null)
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * The signed-in teacher's sessions of the next {@code days} days after today, by date and time (cancelled ones
     * too): the start page's week at a glance, as a list instead of the calendar's 150 KB of scripts (issue 14).
     */
    @RolesAllowed(Roles.TEACHER)
    public List<CourseSession> comingDays(int days) {
        LocalDate today = Today.date();
        return em.createQuery("""
                SELECT s FROM CourseSession s JOIN FETCH s.course c JOIN FETCH c.location
                WHERE s.date > :today AND s.date <= :last
                  AND (s.substituteTeacher.id = :teacher OR (s.substituteTeacher IS NULL AND c.teacher.id = :teacher))
                ORDER BY s.date, s.startTime""", CourseSession.class)
                .setParameter("today", today)
                .setParameter("last", today.plusDays(days))
                .setParameter("teacher", caller.id())
                .getResultList();
    }
}
