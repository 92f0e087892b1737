package de.deutsch4u.daysoff;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Closure periods of a provider; they apply to sessions generated afterwards (contract §5). */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.TEACHER, Roles.DISTRICT})
public class ClosureService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProviderService providers;

    @Inject
    private AuditLog audit;

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Closure create(long providerId, LocalDate from, LocalDate to, String reason) {
        Provider provider = providers.get(providerId);
        if (to.isBefore(from)) {
            throw BusinessException.invalidField("to", "violation.endDate.beforeStart");
        }
        if (to.isAfter(from.plusYears(1))) {
            throw BusinessException.invalidField("to", "violation.closure.tooLong");
        }
        Closure closure = new Closure(provider, from, to, reason.strip(), Today.utcNow());
        em.persist(closure);
        em.flush();
        audit.record("CREATE", "closure", closure.getId(), "providerId=" + providerId + ", " + from + ".." + to);
        return closure;
    }

    /** Adds the Hessian school holidays from today on that the provider does not have yet; returns how many. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public int addSchoolHolidays(long providerId) {
        List<Closure> existing = list(providerId);
        int added = 0;
        for (SchoolHolidays.Period period : SchoolHolidays.HESSEN) {
            boolean known = existing.stream()
                    .anyMatch(
                            c -> c.getFrom().equals(period.from()) && c.getTo().equals(period.to()));
            if (!known && !period.to().isBefore(Today.date())) {
                create(providerId, period.from(), period.to(), period.name());
                added++;
            }
        }
        return added;
    }

    public List<Closure> list(long providerId) {
        providers.get(providerId);
        return em.createQuery("SELECT c FROM Closure c WHERE c.provider.id = :provider ORDER BY c.from", Closure.class)
                .setParameter("provider", providerId)
                .getResultList();
    }
}
