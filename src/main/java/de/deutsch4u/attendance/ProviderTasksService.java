package de.deutsch4u.attendance;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.TaskList;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import de.deutsch4u.statistics.OpenMonthsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * What a provider still has to do, for its start page (issue 14): sessions without attendance by teacher, months to
 * close, courses with free places and a waiting list, participants with low attendance. Each as lines with a count.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderTasksService {

    @Inject
    private Sql sql;

    @Inject
    private Caller caller;

    @Inject
    private OpenMonthsService openMonths;

    @Inject
    private AttendanceSummaryService summaries;

    /** Sessions of the caller's courses before today that are neither held nor cancelled, by their teacher (substitute first). */
    public TaskList unrecordedSessionsByTeacher() {
        return lines("""
                SELECT u.id, u.display_name AS label, COUNT(*) AS count FROM course_session s
                JOIN course c ON c.id = s.course_id
                JOIN app_user u ON u.id = COALESCE(s.substitute_teacher_id, c.teacher_id)
                WHERE c.provider_id = :provider AND s.status = 'PLANNED' AND s.session_date < :today
                GROUP BY u.id, u.display_name
                ORDER BY COUNT(*) DESC, u.display_name, u.id""", Today.date());
    }

    /** Months that have ended, with sessions, that the caller has not closed yet, by course. */
    public TaskList monthsToCloseByCourse() {
        LocalDate endOfLastMonth = Today.date().withDayOfMonth(1).minusDays(1);
        return new TaskList(
                openMonths
                        .byCourse(OpenMonthsService.EARLIEST, endOfLastMonth, caller.providerId(), null)
                        .values()
                        .stream()
                        .filter(months -> months.openMonths() > 0)
                        .map(months -> new TaskList.Line(months.courseId(), months.courseTitle(), months.openMonths()))
                        .sorted(Comparator.comparing(TaskList.Line::label).thenComparing(TaskList.Line::id))
                        .toList());
    }

    /**
     * Courses not ended or cancelled that have free places (capacity minus ENROLLED, contract §5) and people on
     * the waiting list: someone could be moved up. The count is the number of people waiting.
     */
    public TaskList freePlacesWithWaitingList() {
        return lines("""
                SELECT c.id, c.title AS label, SUM(e.status = 'WAITLISTED') AS count FROM course c
                JOIN enrollment e ON e.course_id = c.id
                WHERE c.provider_id = :provider AND c.status <> 'CANCELLED' AND c.end_date >= :today
                GROUP BY c.id, c.title, c.capacity
                HAVING c.capacity > SUM(e.status = 'ENROLLED') AND count > 0
                ORDER BY c.title, c.id""", Today.date());
    }

    /**
     * Participants flagged for low attendance (the flag of the course attendance page: {@link ParticipantAttendance}),
     * by course; only courses with a session held in the flag's recent weeks can have any.
     */
    public TaskList lowAttendanceByCourse() {
        TaskList recentlyHeld = lines("""
                SELECT c.id, c.title AS label, 0 AS count FROM course c
                WHERE c.provider_id = :provider AND EXISTS (SELECT 1 FROM course_session s
                      WHERE s.course_id = c.id AND s.status = 'HELD' AND s.session_date > :today)
                ORDER BY c.title, c.id""", Today.date().minusDays(AttendanceSummaryService.RECENT_DAYS));
        return new TaskList(recentlyHeld.lines().stream()
                .map(course -> new TaskList.Line(
                        course.id(),
                        course.label(),
                        summaries.participants(course.id()).stream()
                                .filter(ParticipantAttendance::lowAttendance)
                                .count()))
                .filter(line -> line.count() > 0)
                .toList());
    }

    /** Task lines (id, label, count) of the caller's provider; {@code :today} is bound to {@code day}. */
    private TaskList lines(String query, LocalDate day) {
        return new TaskList(sql.withHandle(handle -> handle.createQuery(query)
                .bind("provider", caller.providerId())
                .bind("today", day)
                .map((rs, ctx) -> new TaskList.Line(rs.getLong("id"), rs.getString("label"), rs.getLong("count")))
                .list()));
    }
}
