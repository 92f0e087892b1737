package de.deutsch4u.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's configuration, read from the environment (contract §2, config/app.env.example).
 * An empty value counts as unset, as it does for MicroProfile Config inside the application.
 */
record LauncherSettings(
        int port,
        String bindAddress,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Path dataDir,
        String payaraMaxHeap,
        String dbBufferPoolSize,
        boolean jsonLogs,
        ClusterSettings cluster) {

    /**
     * The application server's heap when PAYARA_XMX is unset (contract §10: bounded out of the box). Two
     * imports of 20,000 rows at once peak at 431 MB of it; a session of pages keeps 110-160 MB in use
     * (bench/memory.sh, docs/benchmarks.md).
     */
    static final String DEFAULT_PAYARA_MAX_HEAP = "512m";

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
                parseHeapSize(value(env, "PAYARA_XMX", DEFAULT_PAYARA_MAX_HEAP)),
                value(env, "DB_BUFFER_POOL_SIZE", "512M"),
                parseJsonLogs(value(env, "LOG_FORMAT", "text")),
                cluster);
    }

    boolean embeddedDatabase() {
        return dbUrl == null;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A size as -Xmx takes it (512m, 1g); anything else would only fail later, inside the child JVM. */
    private static String parseHeapSize(String size) {
        if (!size.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new LauncherException("PAYARA_XMX must be a heap size such as 512m or 1g, not '" + size + "'.");
        }
        return size;
    }

    private static boolean parseJsonLogs(String format) {
        return switch (format) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new LauncherException("LOG_FORMAT must be 'text' or 'json', not '" + format + "'.");
        };
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
