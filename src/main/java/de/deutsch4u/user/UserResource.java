package de.deutsch4u.user;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @Inject
    private UserService users;

    @Inject
    private PasswordService passwords;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary =
                    "Create an account (ADMIN: any role, DISTRICT with districtIds; PROVIDER: TEACHER of the own provider)")
    public Response create(@Valid UserData request, @Context UriInfo uri) {
        UserView created = UserView.of(users.create(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Accounts in the caller's scope (ADMIN: all; PROVIDER: the own provider's), filtered")
    public List<UserView> list(
            @QueryParam("role") String role,
            @QueryParam("providerId") Long providerId,
            @QueryParam("active") String active) {
        return users.list(new UserFilter(role(role), providerId, active(active))).stream()
                .map(UserView::of)
                .toList();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary =
                    "Change display name, active and a DISTRICT account's districtIds (ADMIN: any account; PROVIDER: the own provider's TEACHERs)")
    public UserView update(
            @PathParam("id") long id, @Valid @NotNull(message = "{validation.required}") UserChangeData change) {
        return UserView.of(users.update(id, change));
    }

    @POST
    @Path("{id}/password-reset")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "A temporary password that the account must change at its next sign-in")
    public TemporaryPassword resetPassword(@PathParam("id") long id) {
        return new TemporaryPassword(users.resetPassword(id));
    }

    @PUT
    @Path("me/password")
    @PermitAll
    @Operation(summary = "Change the own password (any signed-in account, also with a temporary password)")
    public Response changeOwnPassword(@Valid @NotNull(message = "{validation.required}") PasswordChangeData change) {
        passwords.changeOwn(change);
        return Response.noContent().build();
    }

    public record TemporaryPassword(String temporaryPassword) {}

    private static Role role(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("role", "violation.role.unknown");
        }
    }

    private static Boolean active(String active) {
        if (active == null || active.isBlank()) {
            return null;
        }
        return switch (active.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw BusinessException.invalidField("active", "violation.active.invalid");
        };
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account; outside the caller's scope a 404")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.get(id));
    }

    /** An account as the API shows it: never the password hash. */
    public record UserView(
            long id,
            String username,
            String displayName,
            Role role,
            Long providerId,
            boolean active,
            String languages,
            String qualifications,
            List<Integer> districtIds) {
        static UserView of(UserAccount u) {
            return new UserView(
                    u.getId(),
                    u.getUsername(),
                    u.getDisplayName(),
                    u.getRole(),
                    u.getProviderId(),
                    u.isActive(),
                    u.getLanguages(),
                    u.getQualifications(),
                    u.getDistrictIds());
        }
    }
}
