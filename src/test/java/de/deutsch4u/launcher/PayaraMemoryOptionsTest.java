package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §10: the application server's heap is bounded out of the box, and G1 gives memory back. */
class PayaraMemoryOptionsTest {

    @Test
    void shouldBoundHeapAndMetaspaceAndUncommitByDefault() {
        List<String> options = PayaraProcess.memoryOptions(LauncherSettings.fromEnvironment(Map.of()));
        assertTrue(options.contains("-Xmx512m"), options.toString());
        assertTrue(
                options.contains("-XX:+UseG1GC") && options.contains("-XX:G1PeriodicGCInterval=60000"),
                options.toString());
        assertTrue(options.contains("-XX:MaxHeapFreeRatio=30"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-XX:MaxMetaspaceSize=")), options.toString());
    }

    @Test
    void shouldTakeTheHeapFromPayaraXmx() {
        List<String> options =
                PayaraProcess.memoryOptions(LauncherSettings.fromEnvironment(Map.of("PAYARA_XMX", "1g")));
        assertEquals(1, options.stream().filter(o -> o.startsWith("-Xmx")).count());
        assertTrue(options.contains("-Xmx1g"), options.toString());
    }
}
