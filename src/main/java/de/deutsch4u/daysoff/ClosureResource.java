package de.deutsch4u.daysoff;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("providers/{providerId}/closures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
public class ClosureResource {

    @Inject
    private ClosureService closures;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Add a closure period: no sessions are generated on these days afterwards")
    public Response create(@PathParam("providerId") long providerId, @Valid ClosureData request, @Context UriInfo uri) {
        ClosureView created =
                ClosureView.of(closures.create(providerId, request.getFrom(), request.getTo(), request.getReason()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The provider's closure periods, by start date")
    public List<ClosureView> list(@PathParam("providerId") long providerId) {
        return closures.list(providerId).stream().map(ClosureView::of).toList();
    }

    public record ClosureView(long id, long providerId, LocalDate from, LocalDate to, String reason) {
        static ClosureView of(Closure c) {
            return new ClosureView(c.getId(), c.getProviderId(), c.getFrom(), c.getTo(), c.getReason());
        }
    }
}
