package de.deutsch4u.attendance;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.GermanFormats;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.security.Roles;
import de.deutsch4u.user.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Month closing (Monatsabschluss): once a provider closes a month of a course, its attendance is final;
 * a correction needs a reopening with a reason. Both are audited.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class MonthClosingService {

    /** The largest scan we keep (the column is a MEDIUMBLOB of 16 MiB). */
    public static final long MAX_SCAN_BYTES = 10L * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    @Inject
    private CourseService courses;

    @Inject
    private SignedInUser signedInUser;

    @Inject
    private AuditLog audit;

    /** Every closing of the course, also reopened ones, newest month first. */
    public List<MonthClosing> list(long courseId) {
        Course course = courses.get(courseId);
        return em.createQuery("""
                SELECT m FROM MonthClosing m WHERE m.course = :course ORDER BY m.monthStart DESC, m.closedAt DESC""", MonthClosing.class)
                .setParameter("course", course)
                .getResultList();
    }

    /**
     * Closes a month that is over (contract §5). Sessions still PLANNED in it are named in the refusal;
     * closing anyway needs {@code acknowledgeUnrecorded}, and the audit entry keeps how many there were.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public MonthClosing close(long courseId, YearMonth month, boolean acknowledgeUnrecorded) {
        Course course = lockedCourse(courseId);
        MonthClosingRules.requireClosable(month, Today.date(), course.getStartDate(), course.getEndDate());
        if (current(course, month).isPresent()) {
            throw BusinessException.conflict("monthClosing.alreadyClosed");
        }
        List<LocalDate> unrecorded = unrecordedDates(courseId, month);
        if (!unrecorded.isEmpty() && !acknowledgeUnrecorded) {
            throw BusinessException.conflict(
                    "month.unrecorded", GermanFormats.month(month), GermanFormats.dates(unrecorded));
        }
        MonthClosing closing = new MonthClosing(course, month, signedInUser.account(), Today.utcNow());
        em.persist(closing);
        em.flush();
        audit.record(
                "CLOSE_MONTH",
                "course",
                courseId,
                "month=" + month + ", closingId=" + closing.getId() + ", unrecordedAcknowledged=" + unrecorded.size());
        return closing;
    }

    /** The dates of the month's sessions that are neither HELD nor CANCELLED. */
    public List<LocalDate> unrecordedDates(long courseId, YearMonth month) {
        return em.createQuery("""
                SELECT s.date FROM CourseSession s WHERE s.course.id = :course AND s.status = :planned
                AND s.date BETWEEN :first AND :last ORDER BY s.date""", LocalDate.class)
                .setParameter("course", courseId)
                .setParameter("planned", SessionStatus.PLANNED)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .getResultList();
    }

    /** Per month of the course: its sessions by status, for the months table. */
    public Map<YearMonth, MonthSessions> sessionsByMonth(long courseId) {
        Map<YearMonth, MonthSessions> months = new HashMap<>();
        for (Object[] row : em.createQuery("""
                SELECT s.date, s.status FROM CourseSession s WHERE s.course.id = :course""", Object[].class)
                .setParameter("course", courseId)
                .getResultList()) {
            YearMonth month = YearMonth.from((LocalDate) row[0]);
            months.merge(month, MonthSessions.of((SessionStatus) row[1]), MonthSessions::plus);
        }
        return months;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public MonthClosing attachScan(
            long courseId, YearMonth month, String fileName, String contentType, byte[] content) {
        Course course = lockedCourse(courseId);
        MonthClosing closing =
                current(course, month).orElseThrow(() -> BusinessException.conflict("monthClosing.notClosed"));
        if (content.length == 0 || content.length > MAX_SCAN_BYTES) {
            throw BusinessException.invalidField("scan", "violation.monthClosing.scanSize");
        }
        String name = fileName.length() > MonthClosing.SCAN_NAME_MAXLENGTH
                ? fileName.substring(fileName.length() - MonthClosing.SCAN_NAME_MAXLENGTH)
                : fileName;
        closing.attachScan(name, contentType, content);
        audit.record(
                "ATTACH_SCAN",
                "course",
                courseId,
                "month=" + month + ", closingId=" + closing.getId() + ", bytes=" + content.length);
        return closing;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public MonthClosing reopen(long courseId, YearMonth month, String reason) {
        Course course = lockedCourse(courseId);
        MonthClosing closing =
                current(course, month).orElseThrow(() -> BusinessException.conflict("monthClosing.notClosed"));
        closing.reopen(signedInUser.account(), Today.utcNow(), reason.strip());
        audit.record("REOPEN_MONTH", "course", courseId, "month=" + month + ", closingId=" + closing.getId());
        return closing;
    }

    /** A closing with its scan, for download; in the caller's scope. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public MonthClosing withScan(long closingId) {
        MonthClosing closing = em.find(MonthClosing.class, closingId);
        if (closing == null || !closing.hasScan()) {
            throw BusinessException.notFound("monthClosing.notFound", closingId);
        }
        courses.get(closing.getCourse().getId());
        return closing;
    }

    private Optional<MonthClosing> current(Course course, YearMonth month) {
        return em.createQuery("""
                SELECT m FROM MonthClosing m WHERE m.course = :course AND m.monthStart = :start AND m.reopenedAt IS NULL""", MonthClosing.class)
                .setParameter("course", course)
                .setParameter("start", month.atDay(1))
                .getResultStream()
                .findFirst();
    }

    /** Closing and saving attendance of one course are serialised on the course row. */
    private Course lockedCourse(long courseId) {
        Course course = courses.get(courseId);
        sql.lock("course", courseId);
        return course;
    }
}
