package de.deutsch4u.location;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
public class LocationResource {

    @Inject
    private LocationService locations;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Create a location (ADMIN; PROVIDER for its own provider, providerId may be omitted)")
    public Response create(@Valid LocationData request, @Context UriInfo uri) {
        LocationView created = LocationView.of(locations.create(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Locations in the caller's scope, filtered by provider and district, by name")
    public List<LocationView> list(
            @QueryParam("providerId") Long providerId, @QueryParam("districtId") Integer districtId) {
        return locations.list(providerId, districtId).stream()
                .map(LocationView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One location with its rooms; outside the caller's scope a 404")
    public LocationView get(@PathParam("id") long id) {
        return LocationView.of(locations.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Path("{id}/rooms")
    @Operation(summary = "Add a room to a location")
    public Response addRoom(@PathParam("id") long id, @Valid RoomData request, @Context UriInfo uri) {
        Room room = locations.addRoom(id, request.getName(), request.getSeats());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(room.getId()))
                        .build())
                .entity(LocationView.RoomView.of(room))
                .build();
    }
}
