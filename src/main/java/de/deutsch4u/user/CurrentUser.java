package de.deutsch4u.user;

import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/**
 * The signed-in person for the pages: {@code #{currentUser.has('ADMIN')}} hides what a role may not use.
 * Hiding is a courtesy; services check roles and scope again.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    /** Asked once per role and request: each answer is a JACC permission check, and a page asks for its menu many times. */
    private final Map<String, Boolean> roles = new HashMap<>();

    public boolean has(String role) {
        return roles.computeIfAbsent(role, securityContext::isCallerInRole);
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        return isSignedIn() ? signedInUser.account().getDisplayName() : null;
    }

    public Role getRole() {
        return isSignedIn() ? caller.role() : null;
    }

    public String getProviderName() {
        return isSignedIn() && signedInUser.account().getProvider() != null
                ? signedInUser.account().getProvider().getName()
                : null;
    }
}
