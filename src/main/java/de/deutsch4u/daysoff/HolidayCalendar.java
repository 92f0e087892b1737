package de.deutsch4u.daysoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
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

    public Predicate<LocalDate> daysOff(long providerId, LocalDate from, LocalDate to) {
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            holidays.addAll(HessianHolidays.of(year).keySet());
        }
        holidays.addAll(extraHolidays(from, to));
        List<Closure> closures = em.createQuery("""
                SELECT c FROM Closure c
                WHERE c.provider.id = :provider AND c.from <= :to AND c.to >= :from""", Closure.class)
                .setParameter("provider", providerId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return day -> holidays.contains(day) || closures.stream().anyMatch(c -> c.covers(day));
    }

    @SuppressWarnings("unchecked")
    private List<LocalDate> extraHolidays(LocalDate from, LocalDate to) {
        List<Date> dates = em.createNativeQuery("SELECT holiday_date FROM extra_holiday WHERE holiday_date BETWEEN ? AND ?")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        return dates.stream().map(Date::toLocalDate).toList();
    }
}
