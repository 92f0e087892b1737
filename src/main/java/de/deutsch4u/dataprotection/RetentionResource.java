package de.deutsch4u.dataprotection;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("retention/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
public class RetentionResource {

    @Inject
    private RetentionService retention;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Run the retention erasure now (RETENTION_YEARS after the last course); dryRun=true (the default) "
                            + "only counts who is due")
    public RetentionResult run(@QueryParam("dryRun") String dryRun) {
        String value =
                dryRun == null || dryRun.isBlank() ? "true" : dryRun.strip().toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw BusinessException.invalidField("dryRun", "violation.dryRun");
        }
        return retention.run(value.equals("true"));
    }
}
