package de.deutsch4u.audit;

import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.api.Paged;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
public class AuditResource {

    @Inject
    private AuditTrailService trail;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary = "The audit trail, newest first (ADMIN all, PROVIDER their own provider's entries); "
                    + "offset and limit (at most 500) page it, X-Total-Count says how many match")
    public Response list(
            @QueryParam("entity") String entity,
            @QueryParam("entityId") Long entityId,
            @QueryParam("username") String username,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return Paged.ok(trail.search(
                new AuditFilter(
                        entity == null || entity.isBlank() ? null : entity.strip(), entityId, username, from, to),
                page));
    }
}
