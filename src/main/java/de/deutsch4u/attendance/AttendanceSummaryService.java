package de.deutsch4u.attendance;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Attendance per participant of a course, the low-attendance flag, and the data of the monthly list. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class AttendanceSummaryService {

    /** The low-attendance flag looks at this many days before today. */
    static final int RECENT_DAYS = 28;

    @Inject
    private Sql sql;

    @Inject
    private CourseService courses;

    @Inject
    private AppSettings settings;

    @Inject
    private AuditLog audit;

    /**
     * Everyone ever enrolled in the course, with units attended of units held (HELD sessions on whose date they
     * were enrolled, the view enrolled_session) and the low-attendance flag.
     */
    public List<ParticipantAttendance> participants(long courseId) {
        courses.get(courseId);
        LocalDate recentFrom = Today.date().minusDays(RECENT_DAYS);
        double threshold = settings.lowAttendanceThreshold();
        return sql.withHandle(handle -> handle.createQuery("""
                        SELECT p.id, p.first_name, p.last_name, MAX(e.status = 'ENROLLED') AS enrolled,
                               COALESCE(SUM(CASE WHEN a.status = 'PRESENT' THEN s.units END), 0) AS units_attended,
                               COALESCE(SUM(s.units), 0) AS units_held,
                               COALESCE(SUM(a.status = 'PRESENT' AND s.session_date > :recentFrom), 0) AS recent_present,
                               COALESCE(SUM(a.status IS NOT NULL AND s.session_date > :recentFrom), 0) AS recent_recorded
                        FROM enrollment e
                        JOIN participant p ON p.id = e.participant_id
                        LEFT JOIN enrolled_session es ON es.enrollment_id = e.id
                        LEFT JOIN course_session s ON s.id = es.session_id AND s.status = 'HELD'
                        LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = e.participant_id
                        WHERE e.course_id = :course AND e.was_enrolled
                        GROUP BY p.id, p.first_name, p.last_name
                        ORDER BY p.last_name, p.first_name, p.id""")
                .bind("recentFrom", recentFrom)
                .bind("course", courseId)
                .map((rs, ctx) -> {
                    boolean enrolled = rs.getBoolean("enrolled");
                    int present = rs.getInt("recent_present");
                    int recorded = rs.getInt("recent_recorded");
                    return new ParticipantAttendance(
                            rs.getLong("id"),
                            rs.getString("first_name"),
                            rs.getString("last_name"),
                            enrolled,
                            rs.getInt("units_attended"),
                            rs.getInt("units_held"),
                            present,
                            recorded,
                            ParticipantAttendance.isLow(enrolled, present, recorded, threshold));
                })
                .list());
    }

    /** The monthly attendance list as PDF; every participant on it is logged as exported (ids only). */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public byte[] attendanceListPdf(long courseId, YearMonth month, Locale locale) {
        return AttendanceListPdf.render(monthSheet(courseId, month), locale);
    }

    private MonthSheet monthSheet(long courseId, YearMonth month) {
        Course course = courses.get(courseId);
        MonthSheet sheet = sql.withHandle(handle -> new MonthSheet(
                course,
                month,
                sessions(handle, courseId, month),
                people(handle, courseId, month),
                marks(handle, courseId, month)));
        sheet.people()
                .forEach(p -> audit.record(
                        "EXPORT",
                        "participant",
                        p.participantId(),
                        "attendanceList courseId=" + courseId + ", month=" + month));
        return sheet;
    }

    private static List<MonthSheet.Session> sessions(Handle handle, long courseId, YearMonth month) {
        return handle.createQuery("""
                        SELECT id, session_date, start_time, end_time, units, status, topic FROM course_session
                        WHERE course_id = :course AND session_date BETWEEN :first AND :last ORDER BY session_date, start_time""")
                .bind("course", courseId)
                .bind("first", month.atDay(1))
                .bind("last", month.atEndOfMonth())
                .map((rs, ctx) -> new MonthSheet.Session(
                        rs.getLong("id"),
                        rs.getObject("session_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class),
                        rs.getInt("units"),
                        rs.getString("status"),
                        rs.getString("topic")))
                .list();
    }

    /**
     * Everyone enrolled on at least one day of the month (an enrollment that was ENROLLED and whose period
     * overlaps the month), each with the month's sessions on whose date they were enrolled.
     */
    private static List<MonthSheet.Person> people(Handle handle, long courseId, YearMonth month) {
        Map<Long, Set<Long>> enrolledSessions = new HashMap<>();
        handle.createQuery("""
                        SELECT participant_id, session_id FROM enrolled_session
                        WHERE course_id = :course AND session_date BETWEEN :first AND :last""")
                .bind("course", courseId)
                .bind("first", month.atDay(1))
                .bind("last", month.atEndOfMonth())
                .map((rs, ctx) -> Map.entry(rs.getLong("participant_id"), rs.getLong("session_id")))
                .forEach(row -> enrolledSessions
                        .computeIfAbsent(row.getKey(), id -> new HashSet<>())
                        .add(row.getValue()));
        return handle.createQuery("""
                        SELECT DISTINCT p.id, p.first_name, p.last_name
                        FROM enrollment e JOIN participant p ON p.id = e.participant_id
                        WHERE e.course_id = :course AND e.was_enrolled AND e.from_date <= :last
                          AND (e.withdrawal_date IS NULL OR e.withdrawal_date > :first)
                        ORDER BY p.last_name, p.first_name, p.id""")
                .bind("course", courseId)
                .bind("first", month.atDay(1))
                .bind("last", month.atEndOfMonth())
                .map((rs, ctx) -> new MonthSheet.Person(
                        rs.getLong("id"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        enrolledSessions.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    private static Map<String, AttendanceStatus> marks(Handle handle, long courseId, YearMonth month) {
        Map<String, AttendanceStatus> marks = new HashMap<>();
        handle.createQuery("""
                        SELECT a.session_id, a.participant_id, a.status FROM attendance a
                        JOIN course_session s ON s.id = a.session_id
                        WHERE s.course_id = :course AND s.session_date BETWEEN :first AND :last AND s.status = 'HELD'""")
                .bind("course", courseId)
                .bind("first", month.atDay(1))
                .bind("last", month.atEndOfMonth())
                .map((rs, ctx) -> Map.entry(
                        MonthSheet.key(rs.getLong("session_id"), rs.getLong("participant_id")),
                        AttendanceStatus.valueOf(rs.getString("status"))))
                .forEach(mark -> marks.put(mark.getKey(), mark.getValue()));
        return marks;
    }
}
