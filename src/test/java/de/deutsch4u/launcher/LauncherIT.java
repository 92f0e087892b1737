package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.AppProcess;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Contract §1: {@code java -jar target/deutsch4u.jar} with the embedded MariaDB, data that survives a
 * restart, a clean stop, and no orphans after the launcher is killed.
 */
@Tag("db")
class LauncherIT {

    private static final String PASSWORD = "launcher-admin-pw";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One life cycle, because every start costs half a minute: crash, restart, refuse a twin, stop. */
    @Test
    void shouldSurviveAKillKeepItsDataRefuseATwinAndStopWithoutLeftovers() throws Exception {
        Path dataDir = freshDir("launcher-embedded");
        AppProcess first = start(dataDir).awaitReady(Duration.ofMinutes(4));
        assertEquals(201, post(first, "/api/providers", "{\"name\":\"Bleibt erhalten\",\"districtId\":4}"));
        List<ProcessHandle> firstChildren = first.process().descendants().toList();
        assertTrue(firstChildren.size() >= 2, "Payara and mariadbd run as children: " + firstChildren);

        first.process().destroyForcibly().waitFor(); // kill -9: no shutdown hook runs
        assertAllGone(firstChildren);

        AppProcess second = start(dataDir, "launcher-restart.log").awaitReady(Duration.ofMinutes(4));
        assertTrue(get(second, "/api/providers").body().contains("Bleibt erhalten"), "data survives a crash and restart");

        AppProcess twin = start(dataDir, "launcher-twin.log");
        assertTrue(twin.process().waitFor(60, TimeUnit.SECONDS), "a second instance on the same DATA_DIR gives up at once");
        assertEquals(1, twin.process().exitValue());
        String log = Files.readString(target().resolve("launcher-twin.log"));
        assertTrue(log.contains("Another Deutsch 4U instance is running with DATA_DIR"), log);
        assertEquals(200, get(second, "/api/districts").statusCode(), "the running instance is unharmed");

        List<ProcessHandle> secondChildren = second.process().descendants().toList();
        int exit = second.stop();
        assertTrue(exit == 0 || exit == 143, "exit code " + exit);
        assertAllGone(secondChildren);
    }

    private static AppProcess start(Path dataDir) throws Exception {
        return start(dataDir, dataDir.getFileName() + ".log");
    }

    private static AppProcess start(Path dataDir, String log) throws Exception {
        return AppProcess.start(Map.of("DATA_DIR", dataDir.toString(), "ADMIN_PASSWORD", PASSWORD), log);
    }

    private static void assertAllGone(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(processes.stream().noneMatch(ProcessHandle::isAlive),
                "left over: " + processes.stream().filter(ProcessHandle::isAlive).map(p -> p.info().command()).toList());
    }

    private static int post(AppProcess app, String path, String json) throws Exception {
        return HTTP.send(request(app, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpResponse<String> get(AppProcess app, String path) throws Exception {
        return HTTP.send(request(app, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(AppProcess app, String path) {
        String token = java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes());
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).header("Authorization", "Basic " + token);
    }

    private static Path target() {
        return Path.of(System.getProperty("project.build.directory", "target"));
    }

    private static Path freshDir(String name) throws Exception {
        Path dir = target().resolve(name);
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return dir;
    }
}
