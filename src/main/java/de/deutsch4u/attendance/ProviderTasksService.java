package de.deutsch4u.attendance;

import de.deutsch4u.common.Today;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import de.deutsch4u.statistics.OpenMonthsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** What a provider still has to do, for its start page: sessions without attendance, months to close. */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderTasksService {

    /** Before the programme started: "every month so far". */
    private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private OpenMonthsService openMonths;

    /** Sessions of the caller's courses before today that are neither held nor cancelled. */
    public long unrecordedSessions() {
        return em.createQuery("""
                SELECT COUNT(s) FROM CourseSession s WHERE s.course.provider.id = :provider
                AND s.status = :planned AND s.date < :today""", Long.class)
                .setParameter("provider", caller.providerId()).setParameter("planned", SessionStatus.PLANNED)
                .setParameter("today", Today.date()).getSingleResult();
    }

    /** Months that have ended, with sessions, that the caller has not closed yet (summed over its courses). */
    public int monthsToClose() {
        LocalDate endOfLastMonth = Today.date().withDayOfMonth(1).minusDays(1);
        return openMonths.byCourse(EARLIEST, endOfLastMonth, caller.providerId(), null).values().stream()
                .mapToInt(months -> months.openMonths()).sum();
    }
}
