package de.deutsch4u.attendance;

import de.deutsch4u.common.api.RequestLocale;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("courses/{courseId}/attendance-list")
@RequestScoped
@Tag(name = "Attendance")
public class AttendanceListResource {

    @Inject
    private AttendanceSummaryService summaries;

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "The monthly attendance list (Anwesenheitsliste) as landscape A4 PDF, ?month=YYYY-MM")
    public Response attendanceList(
            @PathParam("courseId") long courseId, @QueryParam("month") String month, @Context HttpHeaders headers) {
        YearMonth parsed = Months.parse(month);
        byte[] pdf = summaries.attendanceListPdf(
                courseId,
                parsed,
                RequestLocale.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"anwesenheitsliste-" + courseId + "-" + parsed + ".pdf\"")
                .build();
    }
}
