package de.deutsch4u.dataprotection;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("participants/{id}/erasure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
public class ErasureResource {

    @Inject
    private ErasureService erasures;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary = "Erase the person's names, contact data, birth year and notes for good (Art. 17 DSGVO); "
                    + "reports and statistics keep their figures; logged as ERASE")
    public ErasureView erase(@PathParam("id") long id, ErasureData request) {
        if (request == null) {
            throw BusinessException.invalidField("reason", "violation.required");
        }
        Participant erased = erasures.erase(id, request.getReason());
        return new ErasureView(erased.getId(), true, erased.getErasedAt());
    }
}
