package de.deutsch4u.statistics;

import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("statements")
@RequestScoped
@Tag(name = "Reports")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER})
public class StatementResource {

    @Inject
    private StatementService statements;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One submitted version of a funding statement")
    public StatementView get(@PathParam("id") long id) {
        return StatementView.of(statements.get(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The stored PDF of a submitted funding statement, byte for byte")
    public Response pdf(@PathParam("id") long id) {
        FundingStatement statement = statements.get(id);
        return Response.ok(statements.pdf(id), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"verwendungsnachweis-"
                                + statement.getProvider().getId()
                                + "-" + statement.getYear() + "-"
                                + statement.getFundingLine().name().toLowerCase(java.util.Locale.ROOT)
                                + "-fassung-" + statement.getVersionNumber() + ".pdf\"")
                .build();
    }
}
