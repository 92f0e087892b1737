package de.deutsch4u.attendance;

import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("sessions/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
public class AttendanceResource {

    @Inject
    private AttendanceSheetService attendance;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(
            summary =
                    "The session's sheet: one entry for everyone enrolled on its date; version 0 before the first save")
    public AttendanceView get(@PathParam("id") long id) {
        return AttendanceView.of(attendance.sheet(id));
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(summary = "Every change after the sheet's first save: who, when, old and new value, newest first")
    public List<ChangeView> changes(@PathParam("id") long id) {
        return attendance.changes(id).stream().map(ChangeView::of).toList();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(summary = "Replace the session's entries (version must be the current one); the session becomes HELD")
    public AttendanceView save(@PathParam("id") long id, @Valid AttendanceSheetData sheet) {
        return AttendanceView.of(attendance.save(id, sheet));
    }

    /** One audited change; participantId null means the topic changed. */
    public record ChangeView(
            Long participantId, String oldValue, String newValue, String changedBy, LocalDateTime changedAt) {
        static ChangeView of(AttendanceChange c) {
            return new ChangeView(
                    c.isTopicChange() ? null : c.getParticipant().getId(),
                    c.getOldValue(),
                    c.getNewValue(),
                    c.getChangedBy().getUsername(),
                    c.getChangedAt());
        }
    }
}
