package de.deutsch4u.common.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Checks {@code @RolesAllowed} on resource methods before the body is read and validated, so a role that
 * may never do something gets 403 whatever it sent (contract §4). Services check roles again.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            context.register(new RoleFilter(allowed.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RoleFilter implements ContainerRequestFilter {
        private final String[] roles;

        private RoleFilter(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (Arrays.stream(roles)
                    .noneMatch(role -> request.getSecurityContext().isUserInRole(role))) {
                throw new ForbiddenException();
            }
        }
    }
}
