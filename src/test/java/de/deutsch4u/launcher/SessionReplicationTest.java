package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract §10: sessions are replicated only in a cluster. On a single instance Payara kept serialising every
 * session into its replicated store after each request, for nobody (docs/benchmarks.md, load test profile).
 */
class SessionReplicationTest {

    @Test
    void shouldKeepSessionsInMemoryOnASingleInstance() {
        Map<String, String> values = PayaraProcess.prebootValues(LauncherSettings.fromEnvironment(Map.of()));
        assertEquals("false", values.get("SESSION_REPLICATION"));
        assertEquals("127.0.0.1", values.get("BIND_ADDRESS"));
    }

    @Test
    void shouldReplicateSessionsInACluster() {
        Map<String, String> values = PayaraProcess.prebootValues(LauncherSettings.fromEnvironment(Map.of(
                "CLUSTER_MEMBERS", "127.0.0.1:5901,127.0.0.1:5902",
                "DB_URL", "jdbc:mariadb://127.0.0.1:3306/deutsch4u",
                "DB_USER", "deutsch4u",
                "DB_PASSWORD", "secret")));
        assertEquals("true", values.get("SESSION_REPLICATION"));
    }
}
