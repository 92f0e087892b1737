package de.deutsch4u.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's configuration, read from the environment (contract §2, config/app.env.example).
 * An empty value counts as unset, as it does for MicroProfile Config inside the application.
 */
record LauncherSettings(int port, String bindAddress, String dbUrl, String dbUser, String dbPassword,
                        Path dataDir, String payaraMaxHeap, String dbBufferPoolSize, ClusterSettings cluster) {

    static LauncherSettings fromEnvironment(Map<String, String> env) {
        if (value(env, "DB_URL", null) != null
                && (value(env, "DB_USER", null) == null || value(env, "DB_PASSWORD", null) == null)) {
            throw new LauncherException("DB_URL is set, so DB_USER and DB_PASSWORD must be set too"
                    + " (an empty DB_PASSWORD counts as unset).");
        }
        ClusterSettings cluster = ClusterSettings.fromEnvironment(env);
        if (cluster.enabled() && value(env, "DB_URL", null) == null) {
            throw new LauncherException("CLUSTER_MEMBERS is set, so DB_URL must be set too: the instances of a cluster"
                    + " share one database, never an embedded one each.");
        }
        return new LauncherSettings(
                parsePort(value(env, "PORT", "8080")),
                value(env, "BIND_ADDRESS", "127.0.0.1"),
                value(env, "DB_URL", null),
                value(env, "DB_USER", null),
                value(env, "DB_PASSWORD", null),
                Path.of(value(env, "DATA_DIR", "./data")).toAbsolutePath().normalize(),
                value(env, "PAYARA_XMX", null),
                value(env, "DB_BUFFER_POOL_SIZE", "512M"),
                cluster);
    }

    boolean embeddedDatabase() {
        return dbUrl == null;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LauncherException("PORT must be a number from 1 to 65535, not '" + text + "'.");
    }
}
