package de.deutsch4u.finder;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §11: the public course finder, without login and without an HTTP session. */
@Path("public/courses")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public course finder")
public class PublicCourseResource {

    @Inject
    private PublicCourseCatalog catalog;

    @GET
    @Operation(summary = "Public courses that have not ended (no login): what, where, when, free places or waiting list, "
            + "childcare, languages of support and the location's contact; never a teacher or a participant. "
            + "Filters: districtId, town, level, weekday, timeOfDay (MORNING|AFTERNOON|EVENING), childcare (true|false), "
            + "language (ISO 639-1), q (words in title, provider, location, town or district), course (one id). "
            + "Invalid filters are a 400. The list may be up to a minute old.")
    public List<PublicCourse> list(@QueryParam("districtId") String districtId, @QueryParam("town") String town,
                                   @QueryParam("level") String level, @QueryParam("weekday") String weekday,
                                   @QueryParam("timeOfDay") String timeOfDay, @QueryParam("childcare") String childcare,
                                   @QueryParam("language") String language, @QueryParam("q") String q,
                                   @QueryParam("course") String course) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("districtId", districtId);
        parameters.put("town", town);
        parameters.put("level", level);
        parameters.put("weekday", weekday);
        parameters.put("timeOfDay", timeOfDay);
        parameters.put("childcare", childcare);
        parameters.put("language", language);
        parameters.put("q", q);
        parameters.put("course", course);
        return catalog.courses(FinderFilter.parse(parameters));
    }
}
