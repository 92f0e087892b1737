package de.deutsch4u.course;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Page;
import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.Today;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import de.deutsch4u.user.SignedInUser;
import de.deutsch4u.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Courses and their generated sessions. A PROVIDER plans its own courses, ADMIN all; PROGRAMME reads
 * all; a TEACHER sees the courses it teaches (also as a substitute).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.TEACHER, Roles.DISTRICT})
public class CourseService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    @Inject
    private ProviderService providers;

    @Inject
    private CourseRules rules;

    @Inject
    private CoursePlanner planner;

    @Inject
    private ClashFinder clashes;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<CourseChanged> changed;

    /** Creates the course with one session per chosen weekday, except holidays and closures. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Course create(CourseData data) {
        Provider provider = providers.get(caller.providerIdFor(data.getProviderId()));
        CourseRules.Checked checked = rules.check(provider, data);
        Course course =
                new Course(provider, checked.location(), checked.room(), checked.teacher(), data, Today.utcNow());
        List<CourseSession> sessions = planner.schedule(course);
        audit.record(
                "CREATE", "course", course.getId(), "providerId=" + provider.getId() + ", sessions=" + sessions.size());
        changed.fire(new CourseChanged(course.getId()));
        return course;
    }

    /**
     * Changes a course. Its planned sessions after today are generated anew from the new pattern;
     * sessions that were held, cancelled or lie in the past are never touched.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Course update(long id, CourseData data) {
        Course course = get(id);
        if (course.isCancelled()) {
            throw BusinessException.conflict("course.cancelled");
        }
        if (data.getVersion() != null && data.getVersion() != course.getVersion()) {
            throw BusinessException.conflict("concurrentChange");
        }
        CourseRules.Checked checked = rules.check(course.getProvider(), data);
        course.change(checked.location(), checked.room(), checked.teacher(), data);
        List<CourseSession> sessions = planner.reschedule(course, Today.date());
        audit.record("UPDATE", "course", id, "futureSessionsGenerated=" + sessions.size());
        changed.fire(new CourseChanged(id));
        return course;
    }

    /**
     * What creating would give, without saving: the sessions' count, units and last date, or the
     * reason it would be refused (the same exceptions as {@link #create}, clashes included).
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public CourseFigures preview(CourseData data) {
        Provider provider = providers.get(caller.providerIdFor(data.getProviderId()));
        CourseRules.Checked checked = rules.check(provider, data);
        List<LocalDate> dates =
                planner.sessionDates(provider.getId(), data.getStartDate(), data.getEndDate(), data.getWeekdays());
        Long roomId = checked.room() == null ? null : checked.room().getId();
        clashes.requireNoClash(dates.stream()
                .map(day -> new SessionSlot(
                        null,
                        0,
                        data.getTitle(),
                        day,
                        data.getStartTime(),
                        data.getEndTime(),
                        checked.teacher().getId(),
                        checked.location().getId(),
                        roomId))
                .toList());
        return new CourseFigures(
                dates.size(), dates.size() * data.getUnitsPerSession(), dates.get(dates.size() - 1), 0, 0);
    }

    /** Cancels the course and its planned sessions; held sessions stay as they are. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Course cancel(long id, String reason) {
        Course course = get(id);
        if (course.isCancelled()) {
            throw BusinessException.conflict("course.alreadyCancelled");
        }
        course.cancel(reason.strip());
        int cancelled = em.createQuery("""
                UPDATE CourseSession s SET s.status = de.deutsch4u.course.SessionStatus.CANCELLED,
                       s.cancelReason = :reason, s.version = s.version + 1
                WHERE s.course = :course AND s.status = de.deutsch4u.course.SessionStatus.PLANNED""")
                .setParameter("reason", reason.strip())
                .setParameter("course", course)
                .executeUpdate();
        audit.record("CANCEL", "course", id, "sessionsCancelled=" + cancelled);
        changed.fire(new CourseChanged(id));
        return course;
    }

    /** Courses in scope, filtered; a course matches a period when its dates overlap it. */
    public List<Course> list(CourseFilter filter) {
        return list(filter, new PageRequest(0, Integer.MAX_VALUE)).items();
    }

    /** One page of the courses in scope, filtered, with the number of all that match. */
    public Page<Course> list(CourseFilter filter, PageRequest page) {
        if (filter.providerId() != null) {
            providers.get(filter.providerId()); // 404 outside the caller's scope
        }
        Long provider = caller.providerFilter(filter.providerId());
        Long teacher = caller.role() == Role.TEACHER ? caller.id() : null;
        String where = """
                FROM Course c
                WHERE (:provider IS NULL OR c.provider.id = :provider)
                  AND (:location IS NULL OR c.location.id = :location)
                  AND (:district IS NULL OR c.location.district.id = :district)
                  AND (:allDistricts = TRUE OR c.location.district.id IN :districts)
                  AND (:level IS NULL OR c.level = :level)
                  AND (:from IS NULL OR c.endDate >= :from)
                  AND (:to IS NULL OR c.startDate <= :to)
                  AND (:teacher IS NULL OR c.teacher.id = :teacher OR EXISTS (
                        SELECT s FROM CourseSession s WHERE s.course = c AND s.substituteTeacher.id = :teacher))""";
        long total = filtered(em.createQuery("SELECT COUNT(c) " + where, Long.class), filter, provider, teacher)
                .getSingleResult();
        List<Course> courses = filtered(
                        em.createQuery("SELECT c " + where + " ORDER BY c.startDate DESC, c.title, c.id", Course.class),
                        filter,
                        provider,
                        teacher)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        return new Page<>(courses, total);
    }

    private <T> TypedQuery<T> filtered(TypedQuery<T> query, CourseFilter filter, Long provider, Long teacher) {
        return query.setParameter("provider", provider)
                .setParameter("allDistricts", !caller.isDistrict())
                .setParameter("districts", caller.districtIdsForQuery())
                .setParameter("location", filter.locationId())
                .setParameter("district", filter.districtId())
                .setParameter("level", filter.level())
                .setParameter("from", filter.from())
                .setParameter("to", filter.to())
                .setParameter("teacher", teacher);
    }

    /** A course in the caller's scope; any other id is "not found". */
    public Course get(Long id) {
        Course course = id == null ? null : em.find(Course.class, id);
        if (course == null
                || !caller.canSeeDataAt(
                        course.getProviderId(),
                        course.getLocation().getDistrict().getId())
                || !teacherMaySee(course)) {
            throw BusinessException.notFound("course.notFound", id);
        }
        return course;
    }

    /** Sessions of a location or of a teacher (own and substituted) between two dates, for the calendars. */
    public List<CourseSession> sessionsBetween(Long locationId, Long teacherId, LocalDate from, LocalDate to) {
        Long provider = caller.providerFilter(null);
        Long onlyTeacher = caller.role() == Role.TEACHER ? caller.id() : teacherId;
        return em.createQuery("""
                SELECT s FROM CourseSession s JOIN s.course c LEFT JOIN s.substituteTeacher st
                WHERE s.date BETWEEN :from AND :to
                  AND (:provider IS NULL OR c.provider.id = :provider)
                  AND (:location IS NULL OR c.location.id = :location)
                  AND (:allDistricts = TRUE OR c.location.district.id IN :districts)
                  AND (:teacher IS NULL OR (st.id = :teacher OR (st IS NULL AND c.teacher.id = :teacher)))
                ORDER BY s.date, s.startTime""", CourseSession.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("provider", provider)
                .setParameter("location", locationId)
                .setParameter("teacher", onlyTeacher)
                .setParameter("allDistricts", !caller.isDistrict())
                .setParameter("districts", caller.districtIdsForQuery())
                .getResultList();
    }

    public List<CourseSession> sessions(long courseId) {
        return em.createQuery(
                        "SELECT s FROM CourseSession s WHERE s.course = :course ORDER BY s.date, s.startTime",
                        CourseSession.class)
                .setParameter("course", get(courseId))
                .getResultList();
    }

    /** Sessions, planned units, the last date and the places taken, for the course pages and the API. */
    public CourseFigures figures(long courseId) {
        Object[] row = em.createQuery("""
                SELECT COUNT(s), COALESCE(SUM(s.units), 0), MAX(s.date) FROM CourseSession s
                WHERE s.course.id = :course AND s.status <> de.deutsch4u.course.SessionStatus.CANCELLED""", Object[].class)
                .setParameter("course", courseId)
                .getSingleResult();
        Map<String, Long> places = em.createQuery("""
                SELECT e.status, COUNT(e) FROM Enrollment e WHERE e.course.id = :course GROUP BY e.status""", Object[].class)
                .setParameter("course", courseId)
                .getResultStream()
                .collect(Collectors.toMap(r -> r[0].toString(), r -> ((Number) r[1]).longValue()));
        return new CourseFigures(
                ((Number) row[0]).intValue(),
                ((Number) row[1]).intValue(),
                (LocalDate) row[2],
                places.getOrDefault("ENROLLED", 0L).intValue(),
                places.getOrDefault("WAITLISTED", 0L).intValue());
    }

    /** Enrolled participants per course, for lists. */
    public Map<Long, Long> enrolledCounts(List<Course> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                SELECT e.course.id, COUNT(e) FROM Enrollment e
                WHERE e.course IN :courses AND e.status = de.deutsch4u.enrollment.EnrollmentStatus.ENROLLED
                GROUP BY e.course.id""", Object[].class)
                .setParameter("courses", list)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    private boolean teacherMaySee(Course course) {
        if (caller.role() != Role.TEACHER) {
            return true;
        }
        UserAccount me = signedInUser.account();
        return course.getTeacher().getId().equals(me.getId())
                || !em.createQuery(
                                "SELECT s.id FROM CourseSession s WHERE s.course = :course AND s.substituteTeacher = :me",
                                Long.class)
                        .setParameter("course", course)
                        .setParameter("me", me)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /** The planned volume of a course (sessions not cancelled, their units, the last date) and its places taken. */
    public record CourseFigures(
            int sessionCount, int unitsPlanned, LocalDate lastSessionDate, int enrolled, int waitlisted)
            implements Serializable {}
}
