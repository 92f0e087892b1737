package de.deutsch4u.provider;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.district.District;
import de.deutsch4u.district.DistrictService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Course providers: the programme administration creates them; everyone sees those in their scope. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.TEACHER, Roles.DISTRICT})
public class ProviderService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private DistrictService districts;

    @Inject
    private AuditLog audit;

    @RolesAllowed(Roles.ADMIN)
    public Provider create(String name, Integer districtId) {
        String cleanName = name.strip();
        District district = districts.current(districtId);
        requireUniqueName(cleanName, null);
        Provider provider = new Provider(cleanName, district, Today.utcNow());
        em.persist(provider);
        em.flush();
        audit.record("CREATE", "provider", provider.getId(), "districtId=" + districtId);
        return provider;
    }

    @RolesAllowed(Roles.ADMIN)
    public Provider update(long id, int expectedVersion, String name, Integer districtId, boolean active) {
        Provider provider = get(id);
        if (provider.getVersion() != expectedVersion) {
            throw BusinessException.conflict("concurrentChange");
        }
        String cleanName = name.strip();
        requireUniqueName(cleanName, id);
        provider.rename(cleanName, districts.current(districtId));
        provider.setActive(active);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("concurrentChange");
        }
        audit.record("UPDATE", "provider", id, "districtId=" + districtId + ", active=" + active);
        return provider;
    }

    /**
     * All providers for ADMIN and PROGRAMME; the own one for PROVIDER and TEACHER; for DISTRICT those with a
     * location in its districts.
     */
    public List<Provider> list() {
        if (caller.isDistrict()) {
            return em.createQuery("""
                    SELECT p FROM Provider p WHERE EXISTS (
                      SELECT l FROM Location l WHERE l.provider = p AND l.district.id IN :districts)
                    ORDER BY p.name""", Provider.class)
                    .setParameter("districts", caller.districtIds())
                    .getResultList();
        }
        if (caller.seesAllProviders()) {
            return em.createQuery("SELECT p FROM Provider p ORDER BY p.name", Provider.class)
                    .getResultList();
        }
        return List.of(get(caller.providerId()));
    }

    /**
     * The name of an active provider for the public privacy notice (no login): a provider's name is public anyway,
     * on the course finder and the flyers; nothing else about the provider is given out.
     */
    @PermitAll
    public Optional<String> publicName(long id) {
        Provider provider = em.find(Provider.class, id);
        return provider == null || !provider.isActive() ? Optional.empty() : Optional.of(provider.getName());
    }

    /** A provider in the caller's scope; any other id is "not found" (contract §4). */
    public Provider get(Long id) {
        Provider provider = id == null ? null : em.find(Provider.class, id);
        if (provider == null
                || !(caller.canSeeProvider(id) || caller.isDistrict() && hasLocationInCallersDistricts(id))) {
            throw BusinessException.notFound("provider.notFound", id);
        }
        return provider;
    }

    private boolean hasLocationInCallersDistricts(long providerId) {
        return !em.createQuery(
                        "SELECT l.id FROM Location l WHERE l.provider.id = :provider AND l.district.id IN :districts",
                        Long.class)
                .setParameter("provider", providerId)
                .setParameter("districts", caller.districtIds())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private void requireUniqueName(String name, Long exceptId) {
        List<Long> sameName = em.createQuery("SELECT p.id FROM Provider p WHERE p.name = :name", Long.class)
                .setParameter("name", name)
                .getResultList();
        if (sameName.stream().anyMatch(other -> !other.equals(exceptId))) {
            throw BusinessException.conflict("provider.duplicateName", name);
        }
    }
}
