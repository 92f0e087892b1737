package de.deutsch4u.course;

import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses and sessions")
public class SessionResource {

    @Inject
    private SessionService sessions;

    @GET
    @Path("{id}")
    @Operation(summary = "One session")
    public SessionView get(@PathParam("id") long id) {
        return SessionView.of(sessions.get(id));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Path("{id}")
    @Operation(summary = "Move a planned session or change its times or units; checked for clashes")
    public SessionView change(@PathParam("id") long id, @Valid SessionChangeData request) {
        return SessionView.of(sessions.change(id, request));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    @Path("{id}/cancellation")
    @Operation(
            summary = "Cancel a planned session with a reason (a held or cancelled one is a 409); teachers their own")
    public SessionView cancel(@PathParam("id") long id, @Valid Reason request) {
        return SessionView.of(sessions.cancel(id, request.getReason()));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Path("{id}/substitute")
    @Operation(
            summary = "Set a substitute teacher (Vertretung) for a planned session, or remove it with teacherId null")
    public SessionView substitute(@PathParam("id") long id, Substitute request) {
        return SessionView.of(sessions.substitute(id, request == null ? null : request.getTeacherId()));
    }

    /** The body of the substitute endpoint. */
    public static class Substitute {
        private Long teacherId;

        public Long getTeacherId() {
            return teacherId;
        }

        public void setTeacherId(Long teacherId) {
            this.teacherId = teacherId;
        }
    }
}
