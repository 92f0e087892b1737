package de.deutsch4u.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One launcher per DATA_DIR. The operating system releases the file lock when the launcher dies, even
 * after {@code kill -9}, so a lock that cannot be taken always means a live launcher. The ids of the
 * child processes are written next to it: a start after a crash stops what the crashed launcher left.
 */
final class InstanceLock {

    private final Path pidFile;
    private final FileLock lock;

    private InstanceLock(Path pidFile, FileLock lock) {
        this.pidFile = pidFile;
        this.lock = lock;
    }

    static InstanceLock acquire(Path dataDir) {
        return tryAcquire(dataDir)
                .orElseThrow(() -> new LauncherException("Another Deutsch 4U instance is running" + " with DATA_DIR "
                        + dataDir + ". Stop it first, or start this one with a different DATA_DIR and PORT."));
    }

    /** Empty while a launcher runs on this DATA_DIR (backup and restore ask this). */
    static Optional<InstanceLock> tryAcquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(
                    dataDir.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new InstanceLock(dataDir.resolve("launcher.pids"), lock));
        } catch (IOException e) {
            throw new LauncherException("Cannot write to DATA_DIR " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Stops Payara or mariadbd processes that a crashed launcher (kill -9, OOM killer) left behind. */
    void stopLeftovers() {
        for (ProcessHandle process : recordedProcesses()) {
            if (process.isAlive() && isOurs(process)) {
                Launcher.log("Stopping process " + process.pid() + " left over from a previous run.");
                process.destroy();
                try {
                    process.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    process.destroyForcibly();
                }
            }
        }
    }

    void recordChildren(List<ProcessHandle> children) {
        String pids = children.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining("\n"));
        try {
            Files.writeString(pidFile, pids + "\n");
        } catch (IOException e) {
            Launcher.log("Could not write " + pidFile + ": " + e.getMessage());
        }
    }

    void release() {
        try {
            Files.deleteIfExists(pidFile);
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            // the operating system releases the lock when the process ends
        }
    }

    private List<ProcessHandle> recordedProcesses() {
        if (!Files.exists(pidFile)) {
            return List.of();
        }
        try {
            return Files.readAllLines(pidFile).stream()
                    .filter(line -> line.matches("\\d+"))
                    .map(line -> ProcessHandle.of(Long.parseLong(line)))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Guards against a process id that the system has since given to an unrelated process. */
    private static boolean isOurs(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("mariadbd") || commandLine.contains("payara-micro");
    }
}
