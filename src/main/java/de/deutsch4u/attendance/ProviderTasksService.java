package de.deutsch4u.attendance;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.TaskList;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import de.deutsch4u.statistics.OpenMonthsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a provider still has to do, for its start page (issue 14): sessions without attendance by teacher, months to
 * close, courses with free places and a waiting list, participants with low attendance. Each as lines with a count.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderTasksService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private OpenMonthsService openMonths;

    @Inject
    private AttendanceSummaryService summaries;

    /** Sessions of the caller's courses before today that are neither held nor cancelled, by their teacher (substitute first). */
    @SuppressWarnings("unchecked")
    public TaskList unrecordedSessionsByTeacher() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.id, u.display_name, COUNT(*) FROM course_session s
                JOIN course c ON c.id = s.course_id
                JOIN app_user u ON u.id = COALESCE(s.substitute_teacher_id, c.teacher_id)
                WHERE c.provider_id = ? AND s.status = 'PLANNED' AND s.session_date < ?
                GROUP BY u.id, u.display_name
                ORDER BY COUNT(*) DESC, u.display_name, u.id""")
                .setParameter(1, caller.providerId()).setParameter(2, Today.date()).getResultList();
        return lines(rows);
    }

    /** Months that have ended, with sessions, that the caller has not closed yet, by course. */
    public TaskList monthsToCloseByCourse() {
        LocalDate endOfLastMonth = Today.date().withDayOfMonth(1).minusDays(1);
        return new TaskList(openMonths.byCourse(OpenMonthsService.EARLIEST, endOfLastMonth, caller.providerId(), null)
                .values().stream().filter(months -> months.openMonths() > 0)
                .map(months -> new TaskList.Line(months.courseId(), months.courseTitle(), months.openMonths()))
                .sorted(Comparator.comparing(TaskList.Line::label).thenComparing(TaskList.Line::id)).toList());
    }

    /**
     * Courses not ended or cancelled that have free places (capacity minus ENROLLED, contract §5) and people on
     * the waiting list: someone could be moved up. The count is the number of people waiting.
     */
    @SuppressWarnings("unchecked")
    public TaskList freePlacesWithWaitingList() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.title, SUM(e.status = 'WAITLISTED') AS waiting FROM course c
                JOIN enrollment e ON e.course_id = c.id
                WHERE c.provider_id = ? AND c.status <> 'CANCELLED' AND c.end_date >= ?
                GROUP BY c.id, c.title, c.capacity
                HAVING c.capacity > SUM(e.status = 'ENROLLED') AND waiting > 0
                ORDER BY c.title, c.id""")
                .setParameter(1, caller.providerId()).setParameter(2, Today.date()).getResultList();
        return lines(rows);
    }

    /**
     * Participants flagged for low attendance (the flag of the course attendance page: {@link ParticipantAttendance}),
     * by course; only courses with a session held in the flag's recent weeks can have any.
     */
    @SuppressWarnings("unchecked")
    public TaskList lowAttendanceByCourse() {
        List<Object[]> courses = em.createNativeQuery("""
                SELECT DISTINCT c.id, c.title FROM course c JOIN course_session s ON s.course_id = c.id
                WHERE c.provider_id = ? AND s.status = 'HELD' AND s.session_date > ?
                ORDER BY c.title, c.id""")
                .setParameter(1, caller.providerId())
                .setParameter(2, Today.date().minusDays(AttendanceSummaryService.RECENT_DAYS)).getResultList();
        return new TaskList(courses.stream().map(course -> {
            long id = ((Number) course[0]).longValue();
            long low = summaries.participants(id).stream().filter(ParticipantAttendance::lowAttendance).count();
            return new TaskList.Line(id, (String) course[1], low);
        }).filter(line -> line.count() > 0).toList());
    }

    private static TaskList lines(List<Object[]> rows) {
        return new TaskList(rows.stream()
                .map(r -> new TaskList.Line(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue())).toList());
    }
}
