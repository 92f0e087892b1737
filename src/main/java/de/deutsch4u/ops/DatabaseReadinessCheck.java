package de.deutsch4u.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready is UP only while the database answers; it turns UP again by itself (contract §3). It asks
 * on a connection of its own with short timeouts, so it answers within 2 s even when the database hangs.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";

    @Inject
    private DatabaseOutage outage;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(outage.probeNow()).build();
    }
}
