package de.deutsch4u.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar deutsch4u.jar backup FILE} and {@code restore FILE} (contract §8). A backup is an SQL dump
 * taken with {@code mariadb-dump --single-transaction}: one consistent snapshot, also while the application
 * is writing. Restore loads such a dump into an empty database and refuses one that holds tables.
 */
final class BackupCommand {

    /** The account the launcher gives Payara for the embedded database (Launcher.run). */
    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:?,]+)(?::(\\d+))?/([^?;]+).*");

    private static final Pattern PORT_ARGUMENT = Pattern.compile("--port=(\\d+)");
    /** The account that created a view or procedure, as mariadb-dump writes it: DEFINER=`user`@`host`. */
    private static final Pattern DEFINER = Pattern.compile("DEFINER=`[^`]*`@`[^`]*`\\s*");

    private final LauncherSettings settings;
    private final MariaDbTools tools;

    private BackupCommand(LauncherSettings settings, MariaDbTools tools) {
        this.settings = settings;
        this.tools = tools;
    }

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private record Target(String host, int port, String database, String user, String password) {}

    static int run(String[] args, LauncherSettings settings) {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("Usage: java -jar deutsch4u.jar [backup FILE | restore FILE]");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        redirectTempDir(settings.dataDir());
        BackupCommand command = new BackupCommand(settings, MariaDbTools.in(settings.dataDir()));
        if (args[0].equals("backup")) {
            command.backup(file);
        } else {
            command.restore(file);
        }
        return 0;
    }

    private void backup(Path file) {
        withDatabase(false, target -> {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                run(
                        target,
                        List.of(tools.dump().toString()),
                        List.of(
                                "--single-transaction",
                                "--routines",
                                "--triggers",
                                "--hex-blob",
                                "--default-character-set=utf8mb4",
                                "--skip-dump-date",
                                "--result-file=" + partial,
                                target.database()),
                        null);
                withoutDefiners(partial);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Launcher.log("Backup of database " + target.database() + " written to " + file + " (" + Files.size(file)
                    + " bytes).");
        });
    }

    /**
     * Removes the creating account from the dump's views and procedures (V095, V096): creating them with another
     * account's name needs the SET USER privilege, so a restore under a different account (a new DATA_DIR, another
     * DB_URL user) would fail. They run with the caller's rights (SQL SECURITY INVOKER), so the account restoring
     * may own them. Data lines (INSERT) are copied unchanged.
     */
    private static void withoutDefiners(Path dump) throws IOException {
        Path portable = dump.resolveSibling(dump.getFileName() + ".portable");
        try (var in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
                var out = Files.newBufferedWriter(portable, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(
                        line.startsWith("INSERT INTO")
                                ? line
                                : DEFINER.matcher(line).replaceAll(""));
                out.newLine();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(portable);
            throw e;
        }
        Files.setPosixFilePermissions(portable, Files.getPosixFilePermissions(dump));
        Files.move(portable, dump, StandardCopyOption.REPLACE_EXISTING);
    }

    private void restore(Path file) {
        if (!Files.isReadable(file)) {
            throw new LauncherException("Cannot read the backup file " + file + ".");
        }
        withDatabase(true, target -> {
            String tables = run(
                            target,
                            List.of(tools.client().toString()),
                            List.of(
                                    "--batch",
                                    "--skip-column-names",
                                    "--execute=SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()",
                                    target.database()),
                            null)
                    .trim();
            if (!tables.equals("0")) {
                throw new LauncherException("The database " + target.database() + " is not empty (" + tables
                        + " tables). Restore loads a backup only into an empty database: use a new DATA_DIR,"
                        + " or an empty database for DB_URL.");
            }
            run(
                    target,
                    List.of(tools.client().toString()),
                    List.of("--default-character-set=utf8mb4", target.database()),
                    file);
            Launcher.log("Restored " + file + " into database " + target.database() + ".");
        });
    }

    private interface DatabaseWork {
        void with(Target target) throws IOException;
    }

    /**
     * DB_URL: that server. Embedded and running: its database (found by the mariadbd process on DATA_DIR).
     * Embedded and stopped: the embedded database is started for the command and stopped afterwards.
     */
    private void withDatabase(boolean mustBeStopped, DatabaseWork work) {
        try {
            if (!settings.embeddedDatabase()) {
                work.with(fromUrl(settings.dbUrl(), settings.dbUser(), settings.dbPassword()));
                return;
            }
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(settings.dataDir());
            if (lock.isEmpty()) {
                if (mustBeStopped) {
                    throw new LauncherException("Deutsch 4U is running with DATA_DIR " + settings.dataDir()
                            + ". Stop it before restoring a backup.");
                }
                DatabaseCredentials credentials = DatabaseCredentials.read(settings.dataDir())
                        .orElseThrow(() -> new LauncherException(
                                "No " + DatabaseCredentials.FILE_NAME + " in " + settings.dataDir()));
                work.with(new Target(
                        "127.0.0.1",
                        runningEmbeddedPort(),
                        EmbeddedDatabase.DATABASE_NAME,
                        credentials.user(),
                        credentials.password()));
                return;
            }
            EmbeddedDatabase db = null;
            try {
                lock.get().stopLeftovers();
                db = EmbeddedDatabase.start(settings);
                work.with(new Target(
                        "127.0.0.1",
                        db.getConfiguration().getPort(),
                        EmbeddedDatabase.DATABASE_NAME,
                        db.credentials().user(),
                        db.credentials().password()));
            } finally {
                Launcher.stopDatabase(db);
                lock.get().release();
            }
        } catch (IOException e) {
            throw new LauncherException(e.getMessage(), e);
        }
    }

    private int runningEmbeddedPort() {
        String dataDirArgument = "--datadir=" + settings.dataDir().resolve("mariadb-data");
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains("mariadbd") && line.contains(dataDirArgument))
                .map(PORT_ARGUMENT::matcher)
                .filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1)))
                .findFirst()
                .orElseThrow(() -> new LauncherException("Deutsch 4U is running with DATA_DIR " + settings.dataDir()
                        + ", but its embedded MariaDB was not found. Try again in a minute, or stop the application."));
    }

    static Target fromUrl(String url, String user, String password) {
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            throw new LauncherException(
                    "Backup and restore understand DB_URL of the form jdbc:mariadb://host:port/database," + " not "
                            + url + ".");
        }
        return new Target(
                m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), m.group(3), user, password);
    }

    /** Runs a MariaDB program against the target, the password in a private option file; returns its output. */
    private String run(Target target, List<String> program, List<String> arguments, Path input) throws IOException {
        Path options = Files.createTempFile(
                settings.dataDir().resolve("tmp"),
                "client",
                ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(
                    options,
                    "[client]\npassword=\""
                            + target.password().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
                    StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(program);
            command.add("--defaults-extra-file=" + options); // must come first
            command.addAll(List.of(
                    "--host=" + target.host(), "--port=" + target.port(), "--user=" + target.user(), "--protocol=TCP"));
            if (LOOPBACK.contains(target.host())) {
                // MariaDB 11.4's client insists on TLS, which a local server (e.g. Debian's 10.11) may not offer;
                // on the machine itself there is nothing to protect. To any other host TLS stays required.
                command.add("--skip-ssl");
            }
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new LauncherException(program.get(0) + " failed with exit code " + exit + " (see above).");
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted.", e);
        } finally {
            Files.deleteIfExists(options);
        }
    }

    private static void redirectTempDir(Path dataDir) {
        try {
            Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
            System.setProperty("java.io.tmpdir", tmp.toString());
        } catch (IOException e) {
            throw new LauncherException("Cannot create " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
