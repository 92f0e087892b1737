package de.deutsch4u.common.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The HTTP API under /api (contract §5). Every call needs HTTP Basic and creates no session. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Deutsch 4U API",
                        version = "1",
                        description =
                                "Kurse, Teilnehmende, Anwesenheit und Berichte des Landesprogramms MitSprache – Deutsch 4U."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /** No WADL: OPTIONS and /api/application.wadl would describe the whole API to anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
