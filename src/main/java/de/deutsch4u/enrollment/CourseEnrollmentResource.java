package de.deutsch4u.enrollment;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("courses/{courseId}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants and enrollment")
public class CourseEnrollmentResource {

    @Inject
    private EnrollmentService enrollments;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Enroll a participant: ENROLLED while places are free, else WAITLISTED with a position")
    public Response enroll(
            @PathParam("courseId") long courseId, @Valid EnrollmentRequest request, @Context UriInfo uri) {
        EnrollmentView created =
                EnrollmentView.of(enrollments.enroll(courseId, request.getParticipantId(), request.getFromDate()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("enrollments")
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(summary = "The course's enrollments: enrolled, waiting list (by position), withdrawn")
    public List<EnrollmentView> list(@PathParam("courseId") long courseId) {
        return enrollments.list(courseId).stream().map(EnrollmentView::of).toList();
    }

    /** The body of an enrollment. */
    public static class EnrollmentRequest {
        @NotNull(message = "{validation.required}")
        private Long participantId;

        private LocalDate fromDate;

        public Long getParticipantId() {
            return participantId;
        }

        public void setParticipantId(Long participantId) {
            this.participantId = participantId;
        }

        public LocalDate getFromDate() {
            return fromDate;
        }

        public void setFromDate(LocalDate fromDate) {
            this.fromDate = fromDate;
        }
    }
}
