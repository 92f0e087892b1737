package de.deutsch4u.enrollment;

import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants and enrollment")
public class EnrollmentResource {

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private CertificateService certificates;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(summary = "One enrollment")
    public EnrollmentView get(@PathParam("id") long id) {
        return EnrollmentView.of(enrollments.get(id));
    }

    @GET
    @Path("{id}/certificate")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary = "The participation certificate (Teilnahmebescheinigung) as a German A4 PDF; logged as an export")
    public Response certificate(@PathParam("id") long id) {
        return Response.ok(certificates.certificate(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + CertificateService.fileName(id) + "\"")
                .build();
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Withdraw; the first on the waiting list takes the freed place in the same transaction")
    public EnrollmentView withdraw(@PathParam("id") long id, @Valid WithdrawalRequest request) {
        return EnrollmentView.of(enrollments.withdraw(id, request.getDate(), request.getReason(), request.getNote()));
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Move to another course of the provider; the old enrollment is withdrawn (TRANSFER) and kept")
    public EnrollmentView transfer(@PathParam("id") long id, @Valid TransferRequest request) {
        return EnrollmentView.of(enrollments.transfer(id, request.getCourseId(), request.getDate()));
    }

    /** The body of a transfer. */
    public static class TransferRequest {
        @NotNull(message = "{validation.required}")
        private Long courseId;

        @NotNull(message = "{validation.required}")
        private LocalDate date;

        public Long getCourseId() {
            return courseId;
        }

        public void setCourseId(Long courseId) {
            this.courseId = courseId;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }
    }

    /** The body of a withdrawal. */
    public static class WithdrawalRequest {
        @NotNull(message = "{validation.required}")
        private LocalDate date;

        @NotNull(message = "{validation.required}")
        private WithdrawalReason reason;

        @Size(max = 500, message = "{validation.maxLength}")
        private String note;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public WithdrawalReason getReason() {
            return reason;
        }

        public void setReason(WithdrawalReason reason) {
            this.reason = reason;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
