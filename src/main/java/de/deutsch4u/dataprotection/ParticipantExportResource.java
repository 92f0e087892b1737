package de.deutsch4u.dataprotection;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("participants/{id}/export")
@RequestScoped
@Tag(name = "Data protection")
public class ParticipantExportResource {

    @Inject
    private ExportService exports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary = "Everything stored about the person (Art. 15 DSGVO) as JSON, or with format=pdf as a German PDF "
                    + "whose headings and labels are also in language=en|ar|fa|uk|ti (the privacy notice's languages; default none); "
                    + "logged as EXPORT")
    public Response export(
            @PathParam("id") long id, @QueryParam("format") String format, @QueryParam("language") String language) {
        String chosen =
                format == null || format.isBlank() ? "json" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!chosen.equals("json") && !chosen.equals("pdf")) {
            throw BusinessException.invalidField("format", "violation.exportFormat.unknown");
        }
        java.util.Locale secondLanguage = ExportLanguages.chosen(language, "language");
        if (chosen.equals("json")) {
            return Response.ok(exports.export(id, chosen), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        return Response.ok(exports.exportPdf(id, secondLanguage), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"auskunft-teilnehmende-" + id + ".pdf\"")
                .build();
    }
}
