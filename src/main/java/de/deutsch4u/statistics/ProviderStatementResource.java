package de.deutsch4u.statistics;

import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("providers/{providerId}/statements")
@RequestScoped
@Tag(name = "Reports")
public class ProviderStatementResource {

    @Inject
    private StatementService statements;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary = "Submit the funding statement (PDF) of a year and funding line as a new version; "
                    + "201 with its version number and the SHA-256 of the stored PDF")
    public Response submit(@PathParam("providerId") long providerId, StatementData request) {
        StatementView created =
                StatementView.of(statements.submit(providerId, request == null ? new StatementData() : request));
        return Response.created(UriBuilder.fromPath("/api/statements/{id}").build(created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER})
    @Operation(summary = "Every submitted version of the provider's funding statements")
    public List<StatementView> list(@PathParam("providerId") long providerId) {
        return statements.list(providerId).stream().map(StatementView::of).toList();
    }

    @GET
    @Path("figures")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER})
    @Operation(
            summary = "The statement's funding figures per course (report funding figures) with its location and "
                    + "the number of its months with sessions that are not closed yet (openMonths)")
    public List<StatementPdf.CourseLine> figures(
            @PathParam("providerId") long providerId,
            @QueryParam("year") Integer year,
            @QueryParam("fundingLine") String fundingLine) {
        return statements.courses(providerId, year, fundingLine);
    }

    @GET
    @Path("preview")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER})
    @Operation(summary = "The funding statement's PDF as it would be submitted now, without storing it")
    public Response preview(
            @PathParam("providerId") long providerId,
            @QueryParam("year") Integer year,
            @QueryParam("fundingLine") String fundingLine) {
        return Response.ok(statements.preview(providerId, year, fundingLine), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"verwendungsnachweis-" + providerId + "-" + year + "-vorschau.pdf\"")
                .build();
    }
}
