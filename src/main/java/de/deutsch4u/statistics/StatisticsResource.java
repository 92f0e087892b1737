package de.deutsch4u.statistics;

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

@Path("reports/participants")
@RequestScoped
@Tag(name = "Reports")
public class StatisticsResource {

    @Inject
    private ParticipantStatisticsService statistics;

    @GET
    @Produces({
        MediaType.APPLICATION_JSON,
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
    @Operation(
            summary = "Participant statistics of a period: distinct participants by gender, age group, country of "
                    + "origin, residence status and level; at start, joined later, at the end; withdrawals by reason. For "
                    + "PROGRAMME counts of 1 or 2 (and cells that would reveal them) are hidden: count null, suppressed true. "
                    + "format=csv|xlsx for a file")
    public Response participants(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("providerId") Long providerId,
            @QueryParam("districtId") Integer districtId,
            @QueryParam("fundingLine") String fundingLine,
            @QueryParam("format") String format) {
        StatisticsQuery query = StatisticsQuery.ofParams(from, to, providerId, districtId, fundingLine);
        StatisticsFiles file = StatisticsFiles.ofParam(format);
        ParticipantStatistics result = statistics.statistics(query);
        if (file == null) {
            return Response.ok(result, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .build();
        }
        return Response.ok(file.write(result), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName(result) + "\"")
                .build();
    }
}
