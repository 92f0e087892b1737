package de.deutsch4u.security;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.user.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in account of this request, for data scope in services: a PROVIDER or TEACHER sees only
 * their own provider's data. Loaded once per request.
 */
@RequestScoped
public class Caller {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext securityContext;

    private UserAccount account;

    public UserAccount account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new IllegalStateException("No caller: the service was called without a login.");
            }
            account = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                    .setParameter("name", principal.getName())
                    .getSingleResult();
        }
        return account;
    }

    public Role role() {
        return account().getRole();
    }

    /** ADMIN or PROVIDER: may manage a provider's courses, participants and enrollments (pages show the controls). */
    public boolean managesProviderData() {
        return role() == Role.ADMIN || role() == Role.PROVIDER;
    }

    public boolean seesAllProviders() {
        return role().seesAllProviders();
    }

    /** The caller's provider, or null for ADMIN and PROGRAMME. */
    public Long providerId() {
        return account().getProviderId();
    }

    /**
     * The provider a new record belongs to: a PROVIDER may omit it (its own is meant); ADMIN must name it
     * (400 on providerId). Whether the id is in scope is checked by ProviderService.get.
     */
    public Long providerIdFor(Long requested) {
        if (role() == Role.PROVIDER && requested == null) {
            return providerId();
        }
        if (requested == null) {
            throw BusinessException.invalidField("providerId", "violation.providerId.required");
        }
        return requested;
    }

    /** Whether data of the given provider is in the caller's scope (contract §4). */
    public boolean canSeeProvider(Long providerId) {
        return seesAllProviders() || (providerId != null && providerId.equals(providerId()));
    }
}
