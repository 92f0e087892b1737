package de.deutsch4u.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Java agent loaded into the Payara child ({@code -javaagent:deutsch4u-watchdog.jar=<launcher pid>,<db pid>}).
 * Java cannot ask Linux to end a child with its parent, so the child watches: when the launcher is gone
 * without having stopped it (kill -9, OOM killer), it stops the embedded database and then itself.
 * Packaged as its own tiny jar so that the launcher's class path does not leak into Payara. As the one
 * piece of our code that runs in the Payara JVM before Payara, it also does {@link DriverManagerProtection}.
 */
public final class ParentWatchdog {

    private ParentWatchdog() {}

    public static void premain(String arguments) {
        DriverManagerProtection.initialiseDriverManager();
        List<Long> pids = Arrays.stream(arguments.split(","))
                .map(String::trim)
                .map(Long::parseLong)
                .toList();
        Optional<ProcessHandle> launcher = ProcessHandle.of(pids.get(0));
        if (launcher.isEmpty()) {
            return;
        }
        Thread watcher = new Thread(() -> watch(launcher.get(), pids.subList(1, pids.size())), "launcher-watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void watch(ProcessHandle launcher, List<Long> alsoStop) {
        while (launcher.isAlive()) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.err.println("deutsch4u: the launcher is gone; stopping the application.");
        alsoStop.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
        System.exit(143);
    }
}
