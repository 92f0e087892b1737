package de.deutsch4u.referral;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.api.JsonConfig;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referrals of contract §11. */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    @Inject
    private ReferralService referrals;

    @POST
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Refer a person to a course in the caller's districts (DISTRICT; consentGiven must be true)")
    public Response create(
            @Valid @NotNull(message = "{validation.required}") ReferralData request, @Context UriInfo uri) {
        ReferralView created = ReferralView.of(referrals.create(request), false);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.DISTRICT})
    @Operation(summary = "Referrals in scope, newest first (DISTRICT: its own; PROVIDER: to its courses; ADMIN: all)")
    public List<ReferralView> list(@QueryParam("status") String status) {
        boolean withRecord = referrals.seesParticipantRecord();
        return referrals.list(status, "GET /api/referrals").stream()
                .map(r -> ReferralView.of(r, withRecord))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.DISTRICT})
    @Operation(summary = "One referral in scope; any other id is a 404")
    public ReferralView get(@PathParam("id") long id) {
        return ReferralView.of(referrals.get(id, "GET /api/referrals/" + id), referrals.seesParticipantRecord());
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary = "Accept an OPEN referral: register (or take participantId) and enroll; status ACCEPTED or "
                    + "WAITLISTED as the enrollment. The body is optional.")
    public ReferralView accept(
            @PathParam("id") long id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ReferralAcceptanceData.class)))
                    String body) {
        return ReferralView.of(referrals.accept(id, acceptance(body)), true);
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Decline an OPEN referral with a reason (required); status DECLINED")
    public ReferralView decline(
            @PathParam("id") long id, @Valid @NotNull(message = "{validation.required}") ReferralDeclineData request) {
        return ReferralView.of(referrals.decline(id, request.getReason()), true);
    }

    /** The acceptance may come without a body (nothing to add to the referral); otherwise it is read like any body. */
    private static ReferralAcceptanceData acceptance(String body) {
        if (body == null || body.isBlank()) {
            return new ReferralAcceptanceData();
        }
        try {
            ReferralAcceptanceData read = new JsonConfig()
                    .getContext(ReferralAcceptanceData.class)
                    .fromJson(body, ReferralAcceptanceData.class);
            if (read == null) { // a JSON null is no object (contract §8), unlike an empty body
                throw new BusinessException(BusinessException.Kind.INVALID, "request.bodyRequired", List.of());
            }
            return read;
        } catch (JsonbException | JsonException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.malformed", List.of());
        }
    }
}
