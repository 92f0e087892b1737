package de.deutsch4u.attendance;

import de.deutsch4u.audit.ViewLog;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Its own root path: a root "courses/{courseId}" would shadow every other path below /courses/{id}. */
@Path("courses/{courseId}/attendance-summary")
@RequestScoped
@Tag(name = "Attendance")
public class AttendanceSummaryResource {

    @Inject
    private AttendanceSummaryService summaries;

    @Inject
    private ViewLog viewLog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Operation(
            summary =
                    "Per participant: units attended of units held while enrolled, the recent rate and the low-attendance flag")
    public List<ParticipantAttendance> summary(@PathParam("courseId") long courseId) {
        List<ParticipantAttendance> shown = summaries.participants(courseId);
        viewLog.shown(
                shown.stream().map(ParticipantAttendance::participantId).toList(),
                "GET /api/courses/" + courseId + "/attendance-summary");
        return shown;
    }
}
