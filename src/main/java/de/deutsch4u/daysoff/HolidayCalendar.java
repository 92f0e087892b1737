package de.deutsch4u.daysoff;

import de.deutsch4u.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The days without sessions for a provider: Hessian holidays (statutory plus those the Land declares,
 * table extra_holiday) and the provider's closures. Read once per plan, checked per day in memory.
 */
@ApplicationScoped
public class HolidayCalendar {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    public Predicate<LocalDate> daysOff(long providerId, LocalDate from, LocalDate to) {
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            holidays.addAll(HessianHolidays.of(year).keySet());
        }
        holidays.addAll(extraHolidays(from, to));
        List<Closure> closures = em.createQuery("""
                SELECT c FROM Closure c
                WHERE c.provider.id = :provider AND c.from <= :to AND c.to >= :from""", Closure.class)
                .setParameter("provider", providerId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return day -> holidays.contains(day) || closures.stream().anyMatch(c -> c.covers(day));
    }

    private List<LocalDate> extraHolidays(LocalDate from, LocalDate to) {
        return sql.withHandle(handle -> handle.createQuery(
                        "SELECT holiday_date FROM extra_holiday WHERE holiday_date BETWEEN :from AND :to")
                .bind("from", from)
                .bind("to", to)
                .mapTo(LocalDate.class)
                .list());
    }
}
