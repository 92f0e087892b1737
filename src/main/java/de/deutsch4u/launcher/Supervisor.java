package de.deutsch4u.launcher;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the two child processes running (contract §8): when the embedded MariaDB or Payara dies, it is
 * started again; after 5 failures within 5 minutes the launcher gives up, stops the rest and exits with 1.
 * Ctrl-C and SIGTERM run {@link #stop()}, after which nothing is restarted.
 */
final class Supervisor {

    static final int GAVE_UP = 1;

    private final LauncherSettings settings;
    private final java.nio.file.Path installDir;
    private final EmbeddedDatabase db;
    private final PayaraProcess.DatabaseConnection connection;
    private final InstanceLock lock;
    private final RestartBudget budget = new RestartBudget(5, Duration.ofMinutes(5), Clock.systemUTC());

    private boolean stopping;
    private boolean stopped;
    private Process payara;
    private ProcessHandle database;

    Supervisor(
            LauncherSettings settings,
            java.nio.file.Path installDir,
            EmbeddedDatabase db,
            PayaraProcess.DatabaseConnection connection,
            InstanceLock lock) {
        this.settings = settings;
        this.installDir = installDir;
        this.db = db;
        this.connection = connection;
        this.lock = lock;
        this.database = db == null ? null : db.serverProcess().orElse(null);
    }

    /** Starts Payara and watches both children until a stop or until it gives up; returns the exit code. */
    int run() throws IOException {
        synchronized (this) {
            payara = startPayara();
        }
        while (true) {
            sleep(500);
            synchronized (this) {
                if (stopping) {
                    break;
                }
                if (database != null && !database.isAlive() && !restartDatabase()) {
                    return giveUp("the embedded MariaDB");
                }
                if (!payara.isAlive()) {
                    Launcher.log("The application server exited with code " + payara.exitValue() + ".");
                    if (!budget.failedAndMayRestart()) {
                        return giveUp("the application server");
                    }
                    Launcher.log("Starting the application server again ...");
                    payara = startPayara();
                }
            }
        }
        return waitForPayara();
    }

    /** Stops Payara, then the database (Payara needs it while it shuts down). Safe to call twice. */
    void stop() {
        Process current;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopping = true;
            stopped = true;
            current = payara;
        }
        if (current != null) {
            current.destroy();
            try {
                if (!current.waitFor(25, TimeUnit.SECONDS)) {
                    current.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                current.destroyForcibly();
            }
        }
        Launcher.stopDatabase(db);
        if (lock != null) {
            lock.release();
        }
    }

    private boolean restartDatabase() {
        Launcher.log("The embedded MariaDB stopped unexpectedly.");
        while (budget.failedAndMayRestart()) {
            Launcher.log("Starting the embedded MariaDB again ...");
            try {
                db.start();
                database = db.serverProcess().orElse(null);
                recordChildren();
                Launcher.log("The embedded MariaDB is running again.");
                return true;
            } catch (Exception e) {
                Launcher.log("The embedded MariaDB did not start: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return false;
    }

    private int giveUp(String what) {
        Launcher.log("Giving up: " + what + " failed " + budget.maxFailures() + " times within "
                + budget.window().toMinutes() + " minutes. Stopping Deutsch 4U; the log above shows why it failed.");
        stop();
        return GAVE_UP;
    }

    private Process startPayara() throws IOException {
        List<Long> watchdogPids =
                new ArrayList<>(List.of(ProcessHandle.current().pid()));
        if (database != null) {
            watchdogPids.add(database.pid());
        }
        Process process = PayaraProcess.start(settings, installDir, connection, watchdogPids);
        payara = process;
        recordChildren();
        return process;
    }

    private void recordChildren() {
        if (lock == null || payara == null) {
            return;
        }
        List<ProcessHandle> children = new ArrayList<>(List.of(payara.toHandle()));
        if (database != null) {
            children.add(database);
        }
        lock.recordChildren(children);
    }

    private int waitForPayara() {
        try {
            return payara.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
