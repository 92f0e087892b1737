package de.deutsch4u.launcher;

import fish.payara.micro.PayaraMicro;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs {@code java -jar payara-micro.jar --deploy deutsch4u.war} as a child process, exactly as the tests
 * do, with the database settings in its environment (MicroProfile Config reads DB_URL, DB_USER, DB_PASSWORD).
 */
final class PayaraProcess {

    private PayaraProcess() {
    }

    static Process start(LauncherSettings settings, Path installDir, DatabaseConnection db, List<Long> watchdogPids)
            throws IOException {
        Path runtimeDir = Files.createDirectories(settings.dataDir().resolve("payara"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (settings.payaraMaxHeap() != null) {
            command.add("-Xmx" + settings.payaraMaxHeap());
        }
        command.addAll(settings.cluster().jvmArguments());
        command.add("-javaagent:" + installDir.resolve("deutsch4u-watchdog.jar") + "="
                + watchdogPids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        command.addAll(List.of("-jar", payaraJar().toString(),
                "--deploy", installDir.resolve("deutsch4u.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(settings.port()),
                "--disablephonehome",
                "--prebootcommandfile", writeResource(runtimeDir, "preboot.asadmin",
                        Map.of("BIND_ADDRESS", settings.bindAddress())).toString(),
                "--logproperties", writeResource(runtimeDir, "logging.properties", Map.of()).toString()));
        command.addAll(settings.cluster().payaraArguments(settings.bindAddress()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DB_URL", db.url());
        builder.environment().put("DB_USER", db.user());
        builder.environment().put("DB_PASSWORD", db.password());
        return builder.start();
    }

    /** The Payara Micro jar on the launcher's own class path (target/lib). */
    private static Path payaraJar() {
        try {
            return Path.of(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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

    record DatabaseConnection(String url, String user, String password) {
    }
}
