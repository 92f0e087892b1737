package de.deutsch4u.course;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.daysoff.HolidayCalendar;
import de.deutsch4u.daysoff.SessionPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a course's pattern into dated sessions: every chosen weekday, except holidays and the
 * provider's closures, checked for clashes. No security here: CourseService (and start-up code such
 * as the demo data) decide who may plan; this bean runs in their transaction.
 */
@ApplicationScoped
public class CoursePlanner {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HolidayCalendar calendar;

    @Inject
    private ClashFinder clashes;

    /** The session dates of a pattern; no date at all is a 400 on {@code weekdays}. */
    public List<LocalDate> sessionDates(
            long providerId, LocalDate start, LocalDate end, Collection<DayOfWeek> weekdays) {
        List<LocalDate> dates =
                SessionPlan.dates(start, end, EnumSet.copyOf(weekdays), calendar.daysOff(providerId, start, end));
        if (dates.isEmpty()) {
            throw BusinessException.invalidField("weekdays", "violation.weekdays.noSession");
        }
        return dates;
    }

    /**
     * After a change of the pattern: replaces the planned sessions after {@code today} by new ones from the
     * new pattern. Sessions held, cancelled or in the past stay as they are, and no new session is put on
     * a date that keeps one.
     */
    public List<CourseSession> reschedule(Course course, LocalDate today) {
        clashes.lock(course.getLocation().getId(), Set.of(course.getTeacher().getId()));
        em.createQuery("""
                DELETE FROM CourseSession s WHERE s.course = :course AND s.date > :today
                  AND s.status = de.deutsch4u.course.SessionStatus.PLANNED AND s.makeup = FALSE""")
                .setParameter("course", course)
                .setParameter("today", today)
                .executeUpdate();
        Set<LocalDate> kept = Set.copyOf(
                em.createQuery("SELECT s.date FROM CourseSession s WHERE s.course = :course", LocalDate.class)
                        .setParameter("course", course)
                        .getResultList());
        LocalDate from = course.getStartDate().isAfter(today) ? course.getStartDate() : today.plusDays(1);
        List<CourseSession> sessions = from.isAfter(course.getEndDate())
                ? List.of()
                : SessionPlan.dates(
                                from,
                                course.getEndDate(),
                                EnumSet.copyOf(course.getWeekdays()),
                                calendar.daysOff(course.getProviderId(), from, course.getEndDate()))
                        .stream()
                        .filter(day -> !kept.contains(day))
                        .map(day -> new CourseSession(
                                course,
                                day,
                                course.getStartTime(),
                                course.getEndTime(),
                                course.getUnitsPerSession(),
                                false))
                        .toList();
        clashes.requireNoClash(sessions.stream().map(CourseSession::slot).toList());
        sessions.forEach(em::persist);
        return sessions;
    }

    /** Persists the course and its sessions, or throws a 409 clash and persists nothing. */
    public List<CourseSession> schedule(Course course) {
        List<LocalDate> dates =
                sessionDates(course.getProviderId(), course.getStartDate(), course.getEndDate(), course.getWeekdays());
        clashes.lock(course.getLocation().getId(), Set.of(course.getTeacher().getId()));
        em.persist(course);
        em.flush();
        List<CourseSession> sessions = dates.stream()
                .map(day -> new CourseSession(
                        course, day, course.getStartTime(), course.getEndTime(), course.getUnitsPerSession(), false))
                .toList();
        clashes.requireNoClash(sessions.stream().map(CourseSession::slot).toList());
        sessions.forEach(em::persist);
        return sessions;
    }
}
