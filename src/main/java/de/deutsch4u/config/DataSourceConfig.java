package de.deutsch4u.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * The one data source of the application. Its values come from MicroProfile Config, that is from the
 * environment variables DB_URL, DB_USER and DB_PASSWORD that the launcher (or the operator) sets.
 * Audit times are stored as UTC (docs/architecture.md).
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        // Not MariaDbDataSource itself: it is also an XADataSource, which makes Payara's pool XA (docs/benchmarks.md).
        className = "de.deutsch4u.config.MariaDbLocalDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        // READ COMMITTED: after waiting for a row lock (clash check, last place in a course) a transaction
        // must see what the other one committed; REPEATABLE READ would keep showing the older snapshot.
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            // A borrowed connection is checked with Connection.isValid (a ping): "meta-data" validation
            // does not reach the server, so after a database restart the pool kept handing out dead connections.
            // At most once a second per connection: a request borrows up to three, and a ping on each borrow
            // was a measurable part of saving an attendance sheet (docs/benchmarks.md).
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/deutsch4u";
}
