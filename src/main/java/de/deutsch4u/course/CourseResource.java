package de.deutsch4u.course;

import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.api.Paged;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses and sessions")
public class CourseResource {

    @Inject
    private CourseService courses;

    @Inject
    private SessionService sessions;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "Create a course and generate its sessions (holidays and closures skipped); a clash is a 409")
    public Response create(@Valid CourseData request, @Context UriInfo uri) {
        CourseView created = view(courses.create(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            summary = "Courses in the caller's scope; from/to keep courses whose dates overlap the period; "
                    + "offset and limit (at most 500) page the list, X-Total-Count says how many match")
    public Response list(
            @QueryParam("providerId") Long providerId,
            @QueryParam("locationId") Long locationId,
            @QueryParam("districtId") Integer districtId,
            @QueryParam("level") CourseLevel level,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return Paged.ok(courses.list(new CourseFilter(providerId, locationId, districtId, level, from, to), page)
                .map(this::view));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One course with status, session count and free places; outside the caller's scope a 404")
    public CourseView get(@PathParam("id") long id) {
        return view(courses.get(id));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Path("{id}")
    @Operation(
            summary = "Change a course; its planned sessions after today are generated anew (held ones never change)")
    public CourseView update(@PathParam("id") long id, @Valid CourseData request) {
        return view(courses.update(id, request));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel the course; its planned sessions are cancelled with it")
    public CourseView cancel(@PathParam("id") long id, @Valid Reason request) {
        return view(courses.cancel(id, request.getReason()));
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "The course's sessions by date")
    public List<SessionView> sessions(@PathParam("id") long id) {
        return courses.sessions(id).stream().map(SessionView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Path("{id}/sessions")
    @Operation(summary = "Add a make-up session (Nachholtermin); checked for clashes")
    public Response addMakeup(@PathParam("id") long id, @Valid SessionChangeData request, @Context UriInfo uri) {
        SessionView created = SessionView.of(sessions.addMakeup(id, request));
        return Response.created(uri.getBaseUriBuilder()
                        .path("sessions")
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    private CourseView view(Course course) {
        return CourseView.of(course, courses.figures(course.getId()));
    }
}
