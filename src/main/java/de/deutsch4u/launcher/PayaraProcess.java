package de.deutsch4u.launcher;

import fish.payara.micro.PayaraMicro;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code java -jar payara-micro.jar --deploy deutsch4u.war} as a child process, exactly as the tests
 * do, with the database settings in its environment (MicroProfile Config reads DB_URL, DB_USER, DB_PASSWORD).
 */
final class PayaraProcess {

    private static final String TEXT_FORMATTER = "com.sun.enterprise.server.logging.ODLLogFormatter";
    private static final String JSON_FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";
    private static final String MAX_METASPACE = "256m";

    private PayaraProcess() {}

    static Process start(LauncherSettings settings, Path installDir, DatabaseConnection db, List<Long> watchdogPids)
            throws IOException {
        Path runtimeDir = Files.createDirectories(settings.dataDir().resolve("payara"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(memoryOptions(settings));
        command.add("-Djavax.net.ssl.trustStore="
                + TrustStore.writeValidCertificates(runtimeDir.resolve("truststore.p12"), new Date()));
        command.addAll(settings.cluster().jvmArguments());
        command.add("-javaagent:" + installDir.resolve("deutsch4u-watchdog.jar") + "="
                + watchdogPids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        command.addAll(List.of(
                "-jar",
                payaraJar().toString(),
                "--deploy",
                installDir.resolve("deutsch4u.war").toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(settings.port()),
                "--disablephonehome",
                "--prebootcommandfile",
                writeResource(runtimeDir, "preboot.asadmin", prebootValues(settings))
                        .toString(),
                "--rootdir",
                freshRootDir(runtimeDir).toString(),
                "--logproperties",
                writeResource(
                                runtimeDir,
                                "logging.properties",
                                Map.of(
                                        "LOG_DIR",
                                        Files.createDirectories(logDir(settings))
                                                .toString(),
                                        "FORMATTER",
                                        settings.jsonLogs() ? JSON_FORMATTER : TEXT_FORMATTER))
                        .toString()));
        command.addAll(settings.cluster().payaraArguments(settings.bindAddress()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // glibc's default of 8 malloc arenas per core holds native memory the JVM has freed (docs/benchmarks.md)
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().put("DB_URL", db.url());
        builder.environment().put("DB_USER", db.user());
        builder.environment().put("DB_PASSWORD", db.password());
        return builder.start();
    }

    /** The values put into config/preboot.asadmin. */
    static Map<String, String> prebootValues(LauncherSettings settings) {
        return Map.of(
                "BIND_ADDRESS",
                settings.bindAddress(),
                "SESSION_REPLICATION",
                String.valueOf(settings.cluster().enabled()));
    }

    /** Where the server's (and the launcher's) rotated log files go: DATA_DIR/logs. */
    static Path logDir(LauncherSettings settings) {
        return settings.dataDir().resolve("logs");
    }

    /**
     * Bounded memory (contract §10): the heap's ceiling (PAYARA_XMX, 512m unless set); G1 collecting after
     * a minute without a collection and then giving back what is more than 30 % free (its default, 70 %,
     * kept a half-empty heap after a session); a ceiling for class metadata (the application needs about
     * 120 MB), which a leaking server would otherwise grow without bound. Measured: docs/benchmarks.md.
     */
    static List<String> memoryOptions(LauncherSettings settings) {
        return List.of(
                "-Xmx" + settings.payaraMaxHeap(),
                "-XX:+UseG1GC",
                "-XX:G1PeriodicGCInterval=60000",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:MaxMetaspaceSize=" + MAX_METASPACE);
    }

    /**
     * Payara's runtime directory (its domain.xml and deployment files), empty at every start as the
     * temporary one it uses by default would be, but in DATA_DIR: a runtime directory under the system's
     * temp folder makes Payara warn that it may be cleaned away under its feet.
     */
    private static Path freshRootDir(Path runtimeDir) throws IOException {
        Path root = runtimeDir.resolve("root");
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(root);
    }

    /** The Payara Micro jar on the launcher's own class path (target/lib). */
    private static Path payaraJar() {
        try {
            return Path.of(PayaraMicro.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new LauncherException("Cannot find payara-micro.jar next to the launcher.", e);
        }
    }

    /** Copies a file from config/ (packaged with the launcher) and fills in its ${NAME} placeholders. */
    private static Path writeResource(Path dir, String name, Map<String, String> values) throws IOException {
        try (InputStream in = PayaraProcess.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new LauncherException("The launcher jar lacks " + name + "; rebuild it with mvn package.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return Files.writeString(dir.resolve(name), text);
        }
    }

    record DatabaseConnection(String url, String user, String password) {}
}
