package de.deutsch4u.finder;

import de.deutsch4u.course.Course;
import de.deutsch4u.district.District;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads what the public finder shows, for everyone (no login): nothing but public data leaves this class. */
@Stateless
@PermitAll
public class PublicCourseQuery {

    @PersistenceContext
    private EntityManager em;

    /** The courses marked public that have not ended and are neither drafts nor cancelled, by start and title. */
    public List<PublicCourse> openCourses(LocalDate today) {
        List<Course> courses =
                em.createQuery("""
                SELECT c FROM Course c JOIN FETCH c.provider JOIN FETCH c.location l JOIN FETCH l.district
                WHERE c.publicListing = TRUE AND c.endDate >= :today
                  AND c.status NOT IN (de.deutsch4u.course.CourseStatus.DRAFT, de.deutsch4u.course.CourseStatus.CANCELLED)
                """, Course.class).setParameter("today", today).getResultList();
        Map<Long, Long> enrolled = em.createQuery("""
                SELECT e.course.id, COUNT(e) FROM Enrollment e
                WHERE e.status = de.deutsch4u.enrollment.EnrollmentStatus.ENROLLED
                  AND e.course.publicListing = TRUE AND e.course.endDate >= :today
                GROUP BY e.course.id""", Object[].class)
                .setParameter("today", today)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
        return courses.stream()
                .map(course -> PublicCourse.of(course, enrolled.getOrDefault(course.getId(), 0L)))
                .sorted(Comparator.comparing(PublicCourse::startDate)
                        .thenComparing(PublicCourse::title)
                        .thenComparing(PublicCourse::id))
                .toList();
    }

    /** The districts and cities valid today, by name: the finder's district filter. */
    public List<District> districts(LocalDate today) {
        return em.createQuery("SELECT d FROM District d ORDER BY d.name", District.class)
                .getResultStream()
                .filter(district -> district.isValidOn(today))
                .toList();
    }
}
