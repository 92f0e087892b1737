package de.deutsch4u.district;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reference data: the districts valid on a date. Readable by every role. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.TEACHER, Roles.DISTRICT})
public class DistrictService {

    @PersistenceContext
    private EntityManager em;

    public List<District> validOn(LocalDate date) {
        return em.createQuery("""
                SELECT d FROM District d
                WHERE d.validFrom <= :date AND (d.validTo IS NULL OR d.validTo >= :date)
                ORDER BY d.name""", District.class).setParameter("date", date).getResultList();
    }

    /** A district valid today, for new and changed records; any other id is a 400 on {@code districtId}. */
    public District current(Integer id) {
        return find(id).filter(d -> d.isValidOn(Today.date()))
                .orElseThrow(() -> BusinessException.invalidField("districtId", "violation.districtId.unknown"));
    }

    public Optional<District> find(Integer id) {
        return Optional.ofNullable(id == null ? null : em.find(District.class, id));
    }
}
