package de.deutsch4u.finder;

import de.deutsch4u.common.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    @ConfigProperty(name = "public.url")
    private Optional<String> publicUrl;

    @GET
    @Operation(
            summary = "Public courses that have not ended (no login): what, where, when, free places or waiting list, "
                    + "childcare, languages of support and the location's contact; never a teacher or a participant. "
                    + "Filters: districtId, town, level, weekday, timeOfDay (MORNING|AFTERNOON|EVENING), childcare (true|false), "
                    + "language (ISO 639-1), q (words in title, provider, location, town or district), course (one id). "
                    + "Invalid filters are a 400. The list may be up to a minute old.")
    @APIResponse(
            responseCode = "200",
            description = "The matching courses, sorted by start date and title",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicCourse.class)))
    public Response list(
            @QueryParam("districtId") String districtId,
            @QueryParam("town") String town,
            @QueryParam("level") String level,
            @QueryParam("weekday") String weekday,
            @QueryParam("timeOfDay") String timeOfDay,
            @QueryParam("childcare") String childcare,
            @QueryParam("language") String language,
            @QueryParam("q") String q,
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
        return Response.ok(catalog.coursesAsJson(FinderFilter.parse(parameters)), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{id}/flyer")
    @Produces("application/pdf")
    @Operation(
            summary = "The one-page flyer of a public course as PDF (no login): format=A4|A5 (default A4), "
                    + "lang=en|ar|fa|uk|ti|de for the second language besides German (default en; flyer texts exist in German "
                    + "and English, the others print English for now); a QR code holds the course's public link. "
                    + "A course that is not public or has ended: 404")
    public Response flyer(
            @PathParam("id") String id,
            @QueryParam("format") String format,
            @QueryParam("lang") String lang,
            @Context UriInfo uri) {
        FinderFilter oneCourse = FinderFilter.parse(Map.of("course", id == null ? "" : id));
        FlyerPdf.Format paper = paper(format);
        String language = FlyerLanguages.choice(lang);
        if (language == null) {
            throw BusinessException.invalidField(
                    "lang", "violation.flyer.lang", String.join(", ", FlyerLanguages.CHOICES));
        }
        PublicCourse course = catalog.courses(oneCourse).stream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("finder.courseNotFound", id));
        String link = publicBase(uri) + "kurse?course=" + course.id();
        byte[] pdf = FlyerPdf.render(course, paper, FlyerLanguages.printed(language), link);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"kurs-" + course.id() + "-" + paper + ".pdf\"")
                .build();
    }

    private static FlyerPdf.Format paper(String format) {
        if (format == null || format.isBlank()) {
            return FlyerPdf.Format.A4;
        }
        try {
            return FlyerPdf.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("format", "violation.flyer.format");
        }
    }

    /** PUBLIC_URL when set (the address people use, e.g. behind a proxy), else the address of this request. */
    private String publicBase(UriInfo uri) {
        return publicUrl
                .filter(url -> !url.isBlank())
                .map(url -> url.endsWith("/") ? url : url + "/")
                .orElseGet(() -> uri.getBaseUri().resolve("..").toString());
    }
}
