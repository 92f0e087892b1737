package de.deutsch4u.user;

import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Create an account (ADMIN: any role; PROVIDER: TEACHER of the own provider)")
    public Response create(@Valid NewUser request, @Context UriInfo uri) {
        UserView created = UserView.of(users.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Accounts in the caller's scope (ADMIN: all; PROVIDER: the own provider's)")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account; outside the caller's scope a 404")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.get(id));
    }

    /** An account as the API shows it: never the password hash. */
    public record UserView(long id, String username, String displayName, Role role, Long providerId, boolean active,
                           String languages, String qualifications) {
        static UserView of(UserAccount u) {
            return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getProviderId(), u.isActive(),
                    u.getLanguages(), u.getQualifications());
        }
    }
}
