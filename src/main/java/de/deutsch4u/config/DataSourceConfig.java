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
            // MySQLConnectionValidation (SELECT '1') rather than JDBC40ConnectionValidation: the latter calls
            // Connection.isValid(0), for which the driver lifts the socket timeout, so a borrow from a frozen
            // server waited forever (DatabaseOutageIT).
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true",
            // Contract §8: no request waits longer than 10 s for the database, so none waits long for the pool.
            "fish.payara.max-wait-time-in-millis=2000"
        })
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/deutsch4u";
}
