package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.AppProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Contract §10: at most 30 console lines from {@code java -jar} to "ready" (first start with demo data,
 * whose one-time passwords must still be on the console, and a restart), the full server log in
 * DATA_DIR/logs/, no warning on a normal start, and LOG_FORMAT=json as one JSON object per line.
 */
@Tag("db")
class QuietStartIT {

    private static final int MAX_CONSOLE_LINES = 30;
    private static final String READY = "Deutsch 4U is ready";

    @Test
    void shouldStartQuietlyKeepTheFullLogInDataDirAndWriteJsonOnRequest() throws Exception {
        Path dataDir = freshDir("quiet-start");
        Path serverLog = dataDir.resolve("logs").resolve("server0.log");

        List<String> first = consoleUntilReady(dataDir, "quiet-first.log", Map.of("DEMO_DATA", "true"));
        assertTrue(first.size() <= MAX_CONSOLE_LINES, first.size() + " lines:\n" + String.join("\n", first));
        String firstText = String.join("\n", first);
        assertTrue(firstText.contains("shown only this once") && firstText.contains("programm"),
                "the one-time passwords of the demo accounts are on the console:\n" + firstText);
        assertTrue(Files.isRegularFile(serverLog), "the server log is in DATA_DIR/logs/");
        String fullLog = Files.readString(serverLog, StandardCharsets.UTF_8);
        assertTrue(fullLog.contains("Payara Micro") && fullLog.contains("Registered de.deutsch4u.ops.DatabaseReadinessCheck"),
                "the file has the server's full log, INFO included");
        assertTrue(Files.isRegularFile(dataDir.resolve("logs").resolve("launcher0.log")), "and the launcher's");

        long logBeforeRestart = Files.size(serverLog);
        List<String> restart = consoleUntilReady(dataDir, "quiet-restart.log", Map.of());
        assertTrue(restart.size() <= MAX_CONSOLE_LINES, restart.size() + " lines:\n" + String.join("\n", restart));
        String restartLog = untilReady(tail(serverLog, logBeforeRestart));
        assertFalse(restartLog.contains("WARNING") || restartLog.contains("SEVERE"), "a normal start logs no warning:\n"
                + restartLog.lines().filter(l -> l.contains("WARNING") || l.contains("SEVERE")).toList());
        assertEquals(List.of(), restart.stream().filter(l -> l.contains("WARN") || l.contains("SEVERE")).toList());

        long logBeforeJson = Files.size(serverLog);
        List<String> json = consoleUntilReady(dataDir, "quiet-json.log", Map.of("LOG_FORMAT", "json"));
        json.forEach(QuietStartIT::assertJsonObject);
        assertTrue(json.get(json.size() - 1).contains(READY));
        List<String> jsonFileLines = tail(serverLog, logBeforeJson).lines().toList();
        assertTrue(jsonFileLines.size() > 20, "the server logged its start: " + jsonFileLines.size() + " lines");
        jsonFileLines.forEach(QuietStartIT::assertJsonObject);
    }

    /** Starts the application, waits until it is ready, stops it; returns its console up to the ready line. */
    private static List<String> consoleUntilReady(Path dataDir, String logName, Map<String, String> extra) throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("DATA_DIR", dataDir.toString());
        environment.put("ADMIN_PASSWORD", "quiet-start-admin-pw");
        AppProcess app = AppProcess.start(environment, logName);
        try {
            app.awaitReady(Duration.ofMinutes(10)); // a start took 5+ min on the shared 2-core machine
            Path console = target().resolve(logName);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.readString(console).contains(READY) && System.nanoTime() < deadline) {
                Thread.sleep(200); // the launcher announces "ready" after its own poll of /health/ready
            }
            List<String> lines = Files.readAllLines(console);
            int ready = 0;
            while (ready < lines.size() && !lines.get(ready).contains(READY)) {
                ready++;
            }
            assertTrue(ready < lines.size(), "no ready line in " + logName + ":\n" + String.join("\n", lines));
            return lines.subList(0, ready + 1);
        } finally {
            int exit = app.stop();
            assertTrue(exit == 0 || exit == 143, "exit code " + exit);
        }
    }

    private static void assertJsonObject(String line) {
        try {
            JsonObject object = Json.createReader(new StringReader(line)).readObject();
            assertTrue(object.containsKey("LogMessage") && object.containsKey("Level"), line);
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON object: " + line, e);
        }
    }

    /** The server's log of a start, up to its "ready in" record (what follows belongs to running and stopping). */
    private static String untilReady(String log) {
        int ready = log.indexOf("ready in");
        assertTrue(ready >= 0, "the restart appended to the server log");
        return log.substring(0, ready);
    }

    private static String tail(Path file, long from) throws Exception {
        byte[] all = Files.readAllBytes(file);
        return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    }

    private static Path target() {
        return Path.of(System.getProperty("project.build.directory", "target"));
    }

    private static Path freshDir(String name) throws Exception {
        Path dir = target().resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return dir;
    }
}
