package de.deutsch4u.security;

import de.deutsch4u.common.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The signed-in account of this request, for data scope in services: a PROVIDER or TEACHER sees only
 * their own provider's data, a DISTRICT account only courses and locations in its districts. Loaded once per request.
 */
@RequestScoped
public class Caller {

    @Inject
    private AccountFacts accounts;

    @Inject
    private HttpServletRequest request;

    private SignedInAccount signedIn;

    /** Id, role and provider of the caller; without a query when the login check of this request read them. */
    private SignedInAccount signedIn() {
        if (signedIn == null) {
            Object checked = request.getAttribute(SignedInAccount.REQUEST_ATTRIBUTE);
            signedIn = checked instanceof SignedInAccount facts ? facts : accounts.facts();
        }
        return signedIn;
    }

    /** Boxed like the entity's id: {@code teacher ? caller.id() : teacherId} must not unbox a null teacherId. */
    public Long id() {
        return signedIn().id();
    }

    public Role role() {
        return signedIn().role();
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
        return signedIn().providerId();
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

    /**
     * Whether all data of the given provider is in the caller's scope (contract §4). Never for DISTRICT, which
     * sees only what lies in its districts: see {@link #canSeeDataAt}.
     */
    public boolean canSeeProvider(Long providerId) {
        return seesAllProviders() || (providerId != null && providerId.equals(providerId()));
    }

    /** Whether the caller is a DISTRICT account, whose scope is {@link #districtIds()} (contract §11). */
    public boolean isDistrict() {
        return role() == Role.DISTRICT;
    }

    /** The districts of a DISTRICT caller (never empty); an empty list for every other role. */
    public List<Integer> districtIds() {
        return isDistrict() ? accounts.districtIds() : List.of();
    }

    /**
     * For query parameters {@code (:allDistricts = TRUE OR l.district.id IN :districts)}: the caller's districts,
     * or a placeholder list for callers not limited by district (JPQL cannot bind an empty list).
     */
    public List<Integer> districtIdsForQuery() {
        return isDistrict() ? districtIds() : List.of(-1);
    }

    /** The id of a DISTRICT caller, for report queries that limit to its districts ({@code :districtUserId}); else null. */
    public Long districtUserId() {
        return isDistrict() ? id() : null;
    }

    /** Whether a location's data (providerId, districtId) is in scope: by district for DISTRICT, by provider otherwise. */
    public boolean canSeeDataAt(Long providerId, Integer districtId) {
        return isDistrict() ? districtId != null && districtIds().contains(districtId) : canSeeProvider(providerId);
    }

    /**
     * The provider filter of a list query: the requested one (null: any) for ADMIN, PROGRAMME and DISTRICT (whose
     * district limit the query adds), the own provider for PROVIDER and TEACHER.
     */
    public Long providerFilter(Long requested) {
        return seesAllProviders() || isDistrict() ? requested : providerId();
    }
}
