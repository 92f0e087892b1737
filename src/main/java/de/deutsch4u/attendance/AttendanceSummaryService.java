package de.deutsch4u.attendance;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Attendance per participant of a course, the low-attendance flag, and the data of the monthly list. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class AttendanceSummaryService {

    /** The low-attendance flag looks at this many days before today. */
    static final int RECENT_DAYS = 28;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CourseService courses;

    @Inject
    private AppSettings settings;

    @Inject
    private AuditLog audit;

    /** Everyone ever enrolled in the course, with units attended of units held and the low-attendance flag. */
    @SuppressWarnings("unchecked")
    public List<ParticipantAttendance> participants(long courseId) {
        courses.get(courseId);
        LocalDate today = Today.date();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.first_name, p.last_name, MAX(e.status = 'ENROLLED'),
                       COALESCE(SUM(CASE WHEN a.status = 'PRESENT' THEN s.units END), 0),
                       COALESCE(SUM(s.units), 0),
                       COALESCE(SUM(a.status = 'PRESENT' AND s.session_date > ?), 0),
                       COALESCE(SUM(a.status IS NOT NULL AND s.session_date > ?), 0)
                FROM enrollment e
                JOIN participant p ON p.id = e.participant_id
                LEFT JOIN course_session s ON s.course_id = e.course_id AND s.status = 'HELD'
                     AND s.session_date >= e.from_date AND (e.withdrawal_date IS NULL OR s.session_date < e.withdrawal_date)
                LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = e.participant_id
                WHERE e.course_id = ? AND e.was_enrolled
                GROUP BY p.id, p.first_name, p.last_name
                ORDER BY p.last_name, p.first_name, p.id""")
                .setParameter(1, today.minusDays(RECENT_DAYS)).setParameter(2, today.minusDays(RECENT_DAYS))
                .setParameter(3, courseId).getResultList();
        double threshold = settings.lowAttendanceThreshold();
        return rows.stream().map(r -> {
            boolean enrolled = ((Number) r[3]).intValue() == 1;
            int present = ((Number) r[6]).intValue();
            int recorded = ((Number) r[7]).intValue();
            return new ParticipantAttendance(((Number) r[0]).longValue(), (String) r[1], (String) r[2], enrolled,
                    ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), present, recorded,
                    ParticipantAttendance.isLow(enrolled, present, recorded, threshold));
        }).toList();
    }

    /** The monthly attendance list as PDF; every participant on it is logged as exported (ids only). */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public byte[] attendanceListPdf(long courseId, YearMonth month, Locale locale) {
        return AttendanceListPdf.render(monthSheet(courseId, month), locale);
    }

    private MonthSheet monthSheet(long courseId, YearMonth month) {
        Course course = courses.get(courseId);
        List<MonthSheet.Session> sessions = sessions(courseId, month);
        List<MonthSheet.Person> people = people(courseId, month);
        Map<String, AttendanceStatus> marks = marks(courseId, month);
        people.forEach(p -> audit.record("EXPORT", "participant", p.participantId(),
                "attendanceList courseId=" + courseId + ", month=" + month));
        return new MonthSheet(course, month, sessions, people, marks);
    }

    @SuppressWarnings("unchecked")
    private List<MonthSheet.Session> sessions(long courseId, YearMonth month) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, session_date, start_time, end_time, units, status, topic FROM course_session
                WHERE course_id = ? AND session_date BETWEEN ? AND ? ORDER BY session_date, start_time""")
                .setParameter(1, courseId).setParameter(2, month.atDay(1)).setParameter(3, month.atEndOfMonth())
                .getResultList();
        return rows.stream().map(r -> new MonthSheet.Session(((Number) r[0]).longValue(), ((Date) r[1]).toLocalDate(),
                ((Time) r[2]).toLocalTime(), ((Time) r[3]).toLocalTime(), ((Number) r[4]).intValue(), (String) r[5],
                (String) r[6])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<MonthSheet.Person> people(long courseId, YearMonth month) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.first_name, p.last_name, e.from_date, e.withdrawal_date
                FROM enrollment e JOIN participant p ON p.id = e.participant_id
                WHERE e.course_id = ? AND e.was_enrolled AND e.from_date <= ?
                  AND (e.withdrawal_date IS NULL OR e.withdrawal_date > ?)
                ORDER BY p.last_name, p.first_name, p.id, e.from_date""")
                .setParameter(1, courseId).setParameter(2, month.atEndOfMonth()).setParameter(3, month.atDay(1))
                .getResultList();
        Map<Long, MonthSheet.Person> byId = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            byId.computeIfAbsent(id, k -> new MonthSheet.Person(k, (String) r[1], (String) r[2], new ArrayList<>()))
                    .enrolled().add(new MonthSheet.Period(((Date) r[3]).toLocalDate(),
                            r[4] == null ? null : ((Date) r[4]).toLocalDate()));
        }
        return List.copyOf(byId.values());
    }

    @SuppressWarnings("unchecked")
    private Map<String, AttendanceStatus> marks(long courseId, YearMonth month) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.session_id, a.participant_id, a.status FROM attendance a
                JOIN course_session s ON s.id = a.session_id
                WHERE s.course_id = ? AND s.session_date BETWEEN ? AND ? AND s.status = 'HELD'""")
                .setParameter(1, courseId).setParameter(2, month.atDay(1)).setParameter(3, month.atEndOfMonth())
                .getResultList();
        Map<String, AttendanceStatus> marks = new HashMap<>();
        rows.forEach(r -> marks.put(MonthSheet.key(((Number) r[0]).longValue(), ((Number) r[1]).longValue()),
                AttendanceStatus.valueOf((String) r[2])));
        return marks;
    }
}
