package de.deutsch4u.ops;

import de.deutsch4u.config.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** /health/ready is UP only while the database answers; it turns UP again by itself (contract §3). */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named(NAME).status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
