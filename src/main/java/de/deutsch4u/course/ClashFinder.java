package de.deutsch4u.course;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses sessions that would clash with existing ones (rule: {@link SessionSlot#clashesWith}).
 * {@link #lock} first: the location and teacher rows are locked until the transaction ends, so two
 * planners can never book the same slot at the same moment.
 */
@ApplicationScoped
public class ClashFinder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    /** Serialises planning per location and per teacher (always in this order: no deadlocks). */
    public void lock(long locationId, Set<Long> teacherIds) {
        sql.lock("location", locationId);
        teacherIds.stream().sorted().forEach(id -> sql.lock("app_user", id));
    }

    /** Throws a 409 {@code course.clash} naming the other course and the date of the first clash. */
    public void requireNoClash(List<SessionSlot> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        LocalDate from = candidates.stream()
                .map(SessionSlot::date)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate to = candidates.stream()
                .map(SessionSlot::date)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Set<Long> locations = candidates.stream().map(SessionSlot::locationId).collect(Collectors.toSet());
        Set<Long> teachers = candidates.stream().map(SessionSlot::teacherId).collect(Collectors.toSet());
        List<SessionSlot> existing = em.createQuery("""
                SELECT s FROM CourseSession s JOIN s.course c LEFT JOIN s.substituteTeacher st
                WHERE s.status <> de.deutsch4u.course.SessionStatus.CANCELLED
                  AND s.date BETWEEN :from AND :to
                  AND (c.location.id IN :locations OR c.teacher.id IN :teachers OR st.id IN :teachers)""", CourseSession.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("locations", locations)
                .setParameter("teachers", teachers)
                .getResultStream()
                .map(CourseSession::slot)
                .toList();
        for (SessionSlot candidate : candidates) {
            for (SessionSlot other : existing) {
                boolean itself =
                        candidate.sessionId() != null && candidate.sessionId().equals(other.sessionId());
                if (!itself && candidate.clashesWith(other)) {
                    throw BusinessException.conflict(
                            "course.clash",
                            other.courseTitle(),
                            other.date(),
                            other.start().toString(),
                            other.end().toString());
                }
            }
        }
    }
}
