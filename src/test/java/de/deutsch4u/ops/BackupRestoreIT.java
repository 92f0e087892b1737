package de.deutsch4u.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §8: {@code backup FILE} of a running application (here the shared test application on DB_URL),
 * {@code restore FILE} into a fresh DATA_DIR (embedded MariaDB), and every usage report of the restored
 * application is identical. Backups of the restored instance, running and stopped, hold the same data.
 */
@Tag("db")
@ExtendWith(TestApp.class)
class BackupRestoreIT {

    private static final List<String> GROUPS = List.of("course", "location", "provider", "district", "region");

    @Test
    void shouldBackUpARunningInstanceAndRestoreItWithIdenticalReports() throws Exception {
        long provider = Fixtures.provider();
        LocalDate monday = LocalDate.now().minusWeeks(3).with(java.time.DayOfWeek.MONDAY);
        Fixtures.courseWithOnePresence(provider, Api.unique("Gesichert "), monday, 12);
        Fixtures.courseWithOnePresence(provider, Api.unique("Auch gesichert "), monday.minusWeeks(1), 8);
        Map<String, String> before = reports(Api.admin(), monday.minusMonths(2), monday.plusWeeks(1));
        assertTrue(
                before.get("provider").contains("Gesichert")
                        || before.get("course").contains("Gesichert"),
                before.toString());

        Path backup = AppProcess.target().resolve("backup-it/running.sql");
        Map<String, String> dbUrl = Map.of(
                "DB_URL",
                TestApp.database().url(),
                "DB_USER",
                TestApp.database().user(),
                "DB_PASSWORD",
                TestApp.database().password(),
                "DATA_DIR",
                AppProcess.target().resolve("backup-it/tools").toString());
        assertEquals(0, command(dbUrl, "backup", backup, "backup-running.log"), log("backup-running.log"));
        assertTrue(Files.readString(backup).contains("CREATE TABLE `course`"), "an SQL dump of the schema and data");

        Path restoredDir = AppProcess.freshDir("backup-it/restored");
        Map<String, String> embedded = Map.of("DATA_DIR", restoredDir.toString());
        assertEquals(0, command(embedded, "restore", backup, "restore.log"), log("restore.log"));
        assertEquals(1, command(embedded, "restore", backup, "restore-again.log"), "a second restore is refused");
        assertTrue(log("restore-again.log").contains("is not empty"), log("restore-again.log"));

        AppProcess restored = AppProcess.start(
                Map.of(
                        "DATA_DIR",
                        restoredDir.toString(),
                        "ADMIN_PASSWORD",
                        "not-used-the-restored-admin-keeps-its-password"),
                "backup-restored-app.log");
        Path runningCopy = AppProcess.target().resolve("backup-it/restored-running.sql");
        try {
            restored.awaitReady(Duration.ofMinutes(8));
            Api admin = Api.at(restored.baseUrl(), "admin", TestApp.ADMIN_PASSWORD);
            assertEquals(before, reports(admin, monday.minusMonths(2), monday.plusWeeks(1)));
            assertEquals(
                    0,
                    command(embedded, "backup", runningCopy, "backup-embedded-running.log"),
                    log("backup-embedded-running.log"));
        } finally {
            restored.stop();
        }
        Path stoppedCopy = AppProcess.target().resolve("backup-it/restored-stopped.sql");
        assertEquals(
                0,
                command(embedded, "backup", stoppedCopy, "backup-embedded-stopped.log"),
                log("backup-embedded-stopped.log"));
        assertEquals(
                Files.readString(runningCopy),
                Files.readString(stoppedCopy),
                "the backup of the running and of the stopped instance hold the same data");
    }

    private static Map<String, String> reports(Api api, LocalDate from, LocalDate to) {
        Map<String, String> reports = new LinkedHashMap<>();
        for (String group : GROUPS) {
            Api.Response response = api.get("/api/reports/usage?from=" + from + "&to=" + to + "&groupBy=" + group);
            assertEquals(200, response.status(), response.body());
            reports.put(group, response.body());
        }
        return reports;
    }

    /** {@code java -jar target/deutsch4u.jar COMMAND FILE}; returns its exit code. */
    private static int command(Map<String, String> environment, String command, Path file, String logName)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                AppProcess.target().resolve("deutsch4u.jar").toString(),
                command,
                file.toString());
        builder.environment().keySet().removeIf(key -> key.startsWith("DB_") || key.equals("DATA_DIR"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true)
                .redirectOutput(AppProcess.target().resolve(logName).toFile());
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 6 minutes: " + log(logName));
        }
        return process.exitValue();
    }

    private static String log(String name) throws IOException {
        return Files.readString(AppProcess.target().resolve(name), StandardCharsets.UTF_8);
    }
}
