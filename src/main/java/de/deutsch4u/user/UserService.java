package de.deutsch4u.user;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.district.DistrictService;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.PasswordHasher;
import de.deutsch4u.security.PasswordPolicy;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accounts. ADMIN manages all; a PROVIDER creates and (de)activates the TEACHER accounts of its own
 * provider (contract §5 "Users").
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
public class UserService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ProviderService providers;

    @Inject
    private DistrictService districts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    public UserAccount create(UserData user) {
        Role role = user.getRole();
        String username = user.getUsername().strip().toLowerCase(Locale.ROOT);
        PasswordPolicy.requireStrong("password", user.getPassword(), username, user.getDisplayName());
        Provider provider = providerFor(role, role.belongsToProvider() ? user.getProviderId() : null);
        Set<Integer> districtIds = districtsFor(role, user.getDistrictIds());
        if (existsUsername(username)) {
            throw BusinessException.conflict("user.duplicateUsername", username);
        }
        UserAccount account = new UserAccount(
                username,
                hasher.hash(user.getPassword()),
                user.getDisplayName().strip(),
                role,
                provider,
                Today.utcNow());
        if (role == Role.TEACHER) {
            account.describeTeacher(user.getLanguages(), user.getQualifications());
        }
        account.assignDistricts(districtIds);
        em.persist(account);
        em.flush();
        audit.record(
                "CREATE",
                "user",
                account.getId(),
                "role=" + role + ", providerId=" + account.getProviderId()
                        + (districtIds.isEmpty() ? "" : ", districtIds=" + districtIds));
        return account;
    }

    /** All accounts for ADMIN; the own provider's accounts for PROVIDER. */
    public List<UserAccount> list() {
        return list(new UserFilter(null, null, null));
    }

    /**
     * The accounts in the caller's scope that match every given criterion (null: any), by username. A
     * PROVIDER naming another provider gets a 404 (contract §4).
     */
    public List<UserAccount> list(UserFilter filter) {
        Long provider = filter.providerId();
        if (caller.role() == Role.PROVIDER) {
            if (provider != null && !provider.equals(caller.providerId())) {
                throw BusinessException.notFound("provider.notFound", provider);
            }
            provider = caller.providerId();
        }
        StringBuilder jpql = new StringBuilder("SELECT u FROM UserAccount u LEFT JOIN u.provider p WHERE 1 = 1");
        jpql.append(filter.role() == null ? "" : " AND u.role = :role")
                .append(provider == null ? "" : " AND p.id = :provider")
                .append(filter.active() == null ? "" : " AND u.active = :active")
                .append(" ORDER BY u.username");
        TypedQuery<UserAccount> query = em.createQuery(jpql.toString(), UserAccount.class);
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (provider != null) {
            query.setParameter("provider", provider);
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
        return query.getResultList();
    }

    /** Display name and active (contract §6); deactivation ends the account's access with its next request. */
    public UserAccount update(long id, UserChangeData change) {
        UserAccount account = editable(id);
        String displayName = change.getDisplayName().strip();
        if (!displayName.equals(account.getDisplayName())) {
            account.rename(displayName);
            audit.record("CHANGE", "user", id, "displayName");
        }
        if (change.getDistrictIds() != null) {
            Set<Integer> districtIds = districtsFor(account.getRole(), change.getDistrictIds());
            if (!districtIds.equals(new TreeSet<>(account.getDistrictIds()))) {
                audit.record("CHANGE", "user", id, "districtIds: " + account.getDistrictIds() + " -> " + districtIds);
                account.assignDistricts(districtIds);
            }
        }
        if (change.getActive() != account.isActive()) {
            setActive(account, change.getActive());
        }
        return account;
    }

    /** A new random password that the account must change at its next sign-in; shown once to the caller. */
    public String resetPassword(long id) {
        UserAccount account = editable(id);
        String temporary = PasswordPolicy.generate();
        account.changePasswordHash(hasher.hash(temporary));
        account.requirePasswordChange(true);
        audit.record("PASSWORD_RESET", "user", id, null);
        return temporary;
    }

    /** The active teachers of a provider in the caller's scope, by name: who may teach its courses. */
    public List<UserAccount> teachers(long providerId) {
        providers.get(providerId);
        return em.createQuery("""
                SELECT u FROM UserAccount u
                WHERE u.provider.id = :provider AND u.role = de.deutsch4u.security.Role.TEACHER AND u.active = TRUE
                ORDER BY u.displayName""", UserAccount.class)
                .setParameter("provider", providerId)
                .getResultList();
    }

    public UserAccount get(Long id) {
        UserAccount account = id == null ? null : em.find(UserAccount.class, id);
        if (account == null || !(caller.role() == Role.ADMIN || isOwnProvidersAccount(account))) {
            throw BusinessException.notFound("user.notFound", id);
        }
        return account;
    }

    /** Deactivated accounts cannot sign in; nothing is deleted, so history keeps its authors. */
    private void setActive(UserAccount account, boolean active) {
        if (account.getId().equals(caller.id()) && !active) {
            throw BusinessException.conflict("user.notYourself");
        }
        account.setActive(active);
        audit.record(active ? "ACTIVATE" : "DEACTIVATE", "user", account.getId(), null);
    }

    /** An account the caller may change: ADMIN any, PROVIDER only the own provider's TEACHERs (403 otherwise). */
    private UserAccount editable(long id) {
        UserAccount account = get(id);
        if (caller.role() == Role.PROVIDER && account.getRole() != Role.TEACHER) {
            throw BusinessException.forbidden("user.onlyTeachers");
        }
        return account;
    }

    private Provider providerFor(Role role, Long providerId) {
        if (caller.role() == Role.PROVIDER) {
            if (role != Role.TEACHER) {
                throw BusinessException.forbidden("user.onlyTeachers");
            }
            return providers.get(providerId == null ? caller.providerId() : providerId);
        }
        if (!role.belongsToProvider()) {
            if (providerId != null) {
                throw BusinessException.invalidField("providerId", "violation.providerId.notForRole");
            }
            return null;
        }
        if (providerId == null) {
            throw BusinessException.invalidField("providerId", "violation.providerId.required");
        }
        return providers.get(providerId);
    }

    /**
     * The districts of a DISTRICT account: at least one, each one valid today (else 400 on districtIds); other
     * roles have none. Only ADMIN gets here with DISTRICT: a PROVIDER may create and change only TEACHERs.
     */
    private Set<Integer> districtsFor(Role role, List<Integer> requested) {
        boolean none = requested == null || requested.isEmpty();
        if (role != Role.DISTRICT) {
            if (!none) {
                throw BusinessException.invalidField("districtIds", "violation.districtIds.notForRole");
            }
            return Set.of();
        }
        if (none) {
            throw BusinessException.invalidField("districtIds", "violation.districtIds.required");
        }
        Set<Integer> valid = new TreeSet<>();
        for (Integer id : requested) {
            if (districts.find(id).filter(d -> d.isValidOn(Today.date())).isEmpty()) {
                throw BusinessException.invalidField("districtIds", "violation.districtIds.unknown");
            }
            valid.add(id);
        }
        return valid;
    }

    private boolean isOwnProvidersAccount(UserAccount account) {
        return account.getProviderId() != null && account.getProviderId().equals(caller.providerId());
    }

    private boolean existsUsername(String username) {
        return !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :name", Long.class)
                .setParameter("name", username)
                .getResultList()
                .isEmpty();
    }
}
