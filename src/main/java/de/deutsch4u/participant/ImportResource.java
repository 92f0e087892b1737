package de.deutsch4u.participant;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.api.ApiError;
import de.deutsch4u.common.api.ErrorResponses;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("participants/import")
@RequestScoped
@Tag(name = "Participants and enrollment")
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ParticipantImport imports;

    @Inject
    private ImportSlots slots;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("template")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(summary = "The CSV template (UTF-8, semicolons, German headings)")
    public Response template() {
        return Response.ok(ImportTemplate.csv())
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"teilnehmende-vorlage.csv\"")
                .build();
    }

    @POST
    @Path("preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary =
                    "Check every row of a CSV or XLSX file (at most 10 MB: else 413 import.tooLarge; two at once: else 429 import.busy); saves nothing")
    public List<RowView> preview(InputStream body) {
        Locale locale = ErrorResponses.locale(headers);
        List<ParticipantImport.Row> rows = slots.run(() -> {
            try (ImportUpload file = ImportUpload.receive(body, headers.getLength())) {
                return imports.preview(file.path());
            }
        });
        return rows.stream().map(row -> RowView.of(row, locale)).toList();
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    @Operation(
            summary =
                    "Register every row of a CSV or XLSX file, or none if any row is wrong (400 with the rows' errors)")
    public Result importAll(@QueryParam("providerId") Long providerId, InputStream body) {
        return slots.run(() -> {
            try (ImportUpload file = ImportUpload.receive(body, headers.getLength())) {
                return new Result(imports.importAll(providerId, file.path()));
            }
        });
    }

    public record Result(int imported) {}

    public record RowView(int line, String name, boolean valid, List<ApiError.FieldViolation> violations) {
        static RowView of(ParticipantImport.Row row, Locale locale) {
            return new RowView(
                    row.line(),
                    row.name(),
                    row.isValid(),
                    row.violations().stream()
                            .map(v -> new ApiError.FieldViolation(
                                    v.field(), Messages.get(locale, v.messageKey(), v.args())))
                            .toList());
        }
    }
}
