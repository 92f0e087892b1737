package de.deutsch4u.attendance;

import de.deutsch4u.course.Reason;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("courses/{courseId}/month-closings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
public class MonthClosingResource {

    @Inject
    private MonthClosingService closings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(summary = "The course's month closings, also reopened ones, newest month first")
    public List<MonthClosingView> list(@PathParam("courseId") long courseId) {
        return closings.list(courseId).stream().map(MonthClosingView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary = "Close a month of the course that is over (\"month\": \"YYYY-MM\"): its attendance becomes final;"
                    + " sessions still PLANNED need \"acknowledgeUnrecorded\": true")
    public Response close(@PathParam("courseId") long courseId, @Valid MonthRequest request, @Context UriInfo uri) {
        MonthClosingView closed = MonthClosingView.of(
                closings.close(courseId, Months.parse(request.getMonth()), request.isAcknowledgeUnrecorded()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(closed.getMonth()).build())
                .entity(closed)
                .build();
    }

    @POST
    @Path("{month}/reopening")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Reopen a closed month with a reason, so that its attendance can be corrected")
    public MonthClosingView reopen(
            @PathParam("courseId") long courseId, @PathParam("month") String month, @Valid Reason request) {
        return MonthClosingView.of(closings.reopen(courseId, Months.parse(month), request.getReason()));
    }

    /** The body of a closing. */
    public static class MonthRequest {
        @NotNull(message = "{validation.required}")
        private String month;

        /** Close even though sessions of the month are still PLANNED (their dates were named in the refusal). */
        private boolean acknowledgeUnrecorded;

        public String getMonth() {
            return month;
        }

        public void setMonth(String month) {
            this.month = month;
        }

        public boolean isAcknowledgeUnrecorded() {
            return acknowledgeUnrecorded;
        }

        public void setAcknowledgeUnrecorded(boolean acknowledgeUnrecorded) {
            this.acknowledgeUnrecorded = acknowledgeUnrecorded;
        }
    }
}
