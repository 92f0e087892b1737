package de.deutsch4u.location;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.district.DistrictService;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Locations and rooms: a PROVIDER manages its own, ADMIN all; everyone reads what is in scope. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.TEACHER, Roles.DISTRICT})
public class LocationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ProviderService providers;

    @Inject
    private DistrictService districts;

    @Inject
    private AuditLog audit;

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Location create(LocationData data) {
        Provider provider = providers.get(caller.providerIdFor(data.getProviderId()));
        requireUniqueName(provider.getId(), data.getName().strip(), null);
        Location location = new Location(provider, districts.current(data.getDistrictId()), data, Today.utcNow());
        em.persist(location);
        em.flush();
        audit.record("CREATE", "location", location.getId(), "providerId=" + provider.getId());
        return location;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Location update(long id, int expectedVersion, LocationData data, boolean active) {
        Location location = get(id);
        if (location.getVersion() != expectedVersion) {
            throw BusinessException.conflict("concurrentChange");
        }
        requireUniqueName(location.getProviderId(), data.getName().strip(), id);
        location.update(districts.current(data.getDistrictId()), data);
        location.setActive(active);
        audit.record("UPDATE", "location", id, "active=" + active);
        return location;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Room addRoom(long locationId, String name, int seats) {
        Location location = get(locationId);
        String cleanName = name.strip();
        if (location.getRooms().stream().anyMatch(r -> r.getName().equalsIgnoreCase(cleanName))) {
            throw BusinessException.conflict("room.duplicateName", cleanName);
        }
        Room room = new Room(location, cleanName, seats);
        em.persist(room);
        em.flush();
        location.getRooms().add(room);
        audit.record("CREATE", "room", room.getId(), "locationId=" + locationId + ", seats=" + seats);
        return room;
    }

    /** Locations in scope, optionally of one provider and/or district, by name. */
    public List<Location> list(Long providerId, Integer districtId) {
        if (providerId != null) {
            providers.get(providerId); // 404 outside the caller's scope
        }
        TypedQuery<Location> query = em.createQuery("""
                SELECT l FROM Location l
                WHERE (:provider IS NULL OR l.provider.id = :provider)
                  AND (:district IS NULL OR l.district.id = :district)
                  AND (:allDistricts = TRUE OR l.district.id IN :districts)
                ORDER BY l.name""", Location.class);
        return query.setParameter("provider", caller.providerFilter(providerId))
                .setParameter("district", districtId)
                .setParameter("allDistricts", !caller.isDistrict())
                .setParameter("districts", caller.districtIdsForQuery())
                .getResultList();
    }

    /** A location in the caller's scope; any other id is "not found". */
    public Location get(Long id) {
        Location location = id == null ? null : em.find(Location.class, id);
        if (location == null
                || !caller.canSeeDataAt(
                        location.getProviderId(), location.getDistrict().getId())) {
            throw BusinessException.notFound("location.notFound", id);
        }
        return location;
    }

    private void requireUniqueName(long providerId, String name, Long exceptId) {
        List<Long> sameName = em.createQuery(
                        "SELECT l.id FROM Location l WHERE l.provider.id = :provider AND l.name = :name", Long.class)
                .setParameter("provider", providerId)
                .setParameter("name", name)
                .getResultList();
        if (sameName.stream().anyMatch(other -> !other.equals(exceptId))) {
            throw BusinessException.conflict("location.duplicateName", name);
        }
    }
}
