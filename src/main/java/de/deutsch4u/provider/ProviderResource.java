package de.deutsch4u.provider;

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

@Path("providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
public class ProviderResource {

    @Inject
    private ProviderService providers;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a course provider (ADMIN); a name that exists is a 409")
    public Response create(@Valid ProviderData request, @Context UriInfo uri) {
        ProviderView created = ProviderView.of(providers.create(request.getName(), request.getDistrictId()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Providers in the caller's scope, by name")
    public List<ProviderView> list() {
        return providers.list().stream().map(ProviderView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One provider; outside the caller's scope a 404")
    public ProviderView get(@PathParam("id") long id) {
        return ProviderView.of(providers.get(id));
    }

    public record ProviderView(long id, String name, int districtId, String districtName, boolean active) {
        static ProviderView of(Provider p) {
            return new ProviderView(
                    p.getId(),
                    p.getName(),
                    p.getDistrict().getId(),
                    p.getDistrict().getName(),
                    p.isActive());
        }
    }
}
