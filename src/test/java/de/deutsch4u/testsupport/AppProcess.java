package de.deutsch4u.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application as a user starts it: {@code java -jar target/deutsch4u.jar} with environment variables,
 * its output in a log file under target/.
 */
public final class AppProcess {

    private final Process process;
    private final String baseUrl;

    private AppProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static AppProcess start(Map<String, String> environment, String logName) throws IOException {
        int port = freePort();
        Path target = target();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                target.resolve("deutsch4u.jar").toString());
        builder.environment()
                .keySet()
                .removeIf(key -> key.startsWith("DB_")
                        || key.equals("ADMIN_PASSWORD")
                        || key.equals("DEMO_DATA")
                        || key.equals("DATA_DIR"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        File log = target.resolve(logName).toFile();
        builder.redirectOutput(log);
        Process process = builder.start();
        return new AppProcess(process, "http://127.0.0.1:" + port);
    }

    /** Waits until /health/ready answers 200: Payara logs "ready" even when the deployment failed. */
    public AppProcess awaitReady(Duration timeout) throws InterruptedException {
        // HTTP/1.1 (an h2c upgrade leaves a session Payara warns about) and a patient answer: a poll given up
        // while the server still works on it is logged as a WARNING ("Connection is closed"), which LauncherIT forbids.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "none";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The application exited with " + process.exitValue() + "; see its log in target/.");
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                lastAnswer = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && response.body().contains("database")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application was not ready within " + timeout + " (last answer: "
                + lastAnswer + "); see its log in target/.");
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, as a service manager would send it; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    /** Maven's target directory, where the jar, the logs and the test's data directories are. */
    public static Path target() {
        return Path.of(System.getProperty("project.build.directory", "target"));
    }

    /** {@code target/name}, emptied of what an earlier run left there (not created: the launcher does that). */
    public static Path freshDir(String name) throws IOException {
        Path dir = target().resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return dir;
    }

    /** Fails unless every process has ended within 40 s: a stopped or killed launcher leaves no children behind. */
    public static void assertAllGone(Collection<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        List<String> leftOver = processes.stream()
                .filter(ProcessHandle::isAlive)
                .map(process -> process.info().command().orElse("pid " + process.pid()))
                .toList();
        if (!leftOver.isEmpty()) {
            throw new AssertionError("left over: " + leftOver);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
