package de.deutsch4u.report;

import de.deutsch4u.common.api.ErrorResponses;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("reports")
@RequestScoped
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    private UsageReportService reports;

    @Inject
    private FundingReportService funding;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("usage")
    @Produces({
        MediaType.APPLICATION_JSON,
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf"
    })
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
    @Operation(
            summary = "Usage figures per course, location, provider, district or region for a period; "
                    + "as JSON, or as a CSV/XLSX/PDF file (Accept: text/csv or format=csv|xlsx|pdf)")
    public Response usage(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("fundingLine") String fundingLine,
            @QueryParam("format") String format) {
        UsageQuery query = UsageQuery.ofParams(from, to, groupBy, fundingLine);
        UsageFormat download = format == null || format.isBlank()
                ? UsageFormat.ofAccept(headers.getAcceptableMediaTypes())
                : UsageFormat.ofParam(format);
        UsageReport report = reports.usage(query, ErrorResponses.locale(headers));
        if (download == null) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .build();
        }
        return Response.ok(download.write(report), download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName(report) + "\"")
                .build();
    }

    @GET
    @Path("funding")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
    @Operation(
            summary = "Funding figures per course for a period (UE held, approved UE, childcare UE, claimable amount "
                    + "= UE held x rate, capped) and their sums per provider and funding line")
    public FundingReport funding(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("fundingLine") String fundingLine) {
        return funding.funding(UsageQuery.ofParams(from, to, null, fundingLine));
    }
}
