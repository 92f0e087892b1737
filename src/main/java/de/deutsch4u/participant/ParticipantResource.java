package de.deutsch4u.participant;

import de.deutsch4u.common.Page;
import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.api.Paged;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants and enrollment")
public class ParticipantResource {

    @Inject
    private ParticipantService participants;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Register a participant (consent required; never refused as a duplicate)")
    public Response create(@Valid ParticipantData request, @Context UriInfo uri) {
        ParticipantView created = ParticipantView.of(participants.register(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(
            summary = "Participants in the caller's scope whose name contains q (never for PROGRAMME); "
                    + "offset and limit (at most 500) page the list, X-Total-Count says how many match")
    public Response list(
            @QueryParam("providerId") Long providerId,
            @QueryParam("q") String query,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Page<ParticipantView> page = participants
                .search(providerId, query, PageRequest.parse(offset, limit))
                .map(ParticipantView::of);
        return Paged.ok(page);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Correct a participant's data; version must be the one read (else 409)")
    public ParticipantView correct(@PathParam("id") long id, @Valid ParticipantData request) {
        return ParticipantView.of(participants.correct(id, request));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(summary = "One participant; outside the caller's scope a 404 (the read is logged by id)")
    public ParticipantView get(@PathParam("id") long id) {
        return ParticipantView.of(participants.get(id));
    }
}
