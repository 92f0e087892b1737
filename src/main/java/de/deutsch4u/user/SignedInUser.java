package de.deutsch4u.user;

import de.deutsch4u.security.AccountFacts;
import de.deutsch4u.security.SignedInAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;

/**
 * The signed-in account as an entity, loaded once per request: for records that name who did something
 * (a closing, a referral, a statement) and for what pages show of the account. Roles and data scope are
 * {@code security.Caller}'s, which reads its facts here when the login check of the request did not.
 */
@RequestScoped
public class SignedInUser implements AccountFacts {

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
            // One query: the eager provider and its district would otherwise be two more round trips.
            account = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                    .setParameter("name", principal.getName())
                    .setHint("eclipselink.left-join-fetch", "u.provider.district")
                    .getSingleResult();
        }
        return account;
    }

    @Override
    public SignedInAccount facts() {
        return new SignedInAccount(
                account().getId(), account().getRole(), account().getProviderId());
    }

    @Override
    public List<Integer> districtIds() {
        return account().getDistrictIds();
    }
}
