package de.deutsch4u.ops;

import de.deutsch4u.config.JdbcUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One short look at the database on a connection of its own, outside the pool: a pool connection to a
 * frozen server would wait for the pool's timeouts, and a health check must answer within 2 seconds.
 */
final class DatabaseProbe {

    private static final int CONNECT_TIMEOUT_MILLIS = 800;
    private static final int ANSWER_TIMEOUT_SECONDS = 1;

    private final String url;
    private final Properties credentials = new Properties();

    DatabaseProbe() {
        Config config = ConfigProvider.getConfig();
        url = JdbcUrl.withDefaults(
                config.getValue("db.url", String.class),
                Map.of(
                        "connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS),
                        "socketTimeout", String.valueOf(ANSWER_TIMEOUT_SECONDS * 1000 + 200)));
        credentials.setProperty(
                "user", config.getOptionalValue("db.user", String.class).orElse(""));
        config.getOptionalValue("db.password", String.class).ifPresent(p -> credentials.setProperty("password", p));
    }

    /** Null when the database answered, otherwise why not (one line, for the log). */
    String failure() {
        try (Connection connection = new org.mariadb.jdbc.Driver().connect(url, credentials)) {
            return connection.isValid(ANSWER_TIMEOUT_SECONDS)
                    ? null
                    : "no answer within " + ANSWER_TIMEOUT_SECONDS + " s";
        } catch (SQLException e) {
            return e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
