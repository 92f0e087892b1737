package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    @Test
    void shouldUseTheContractDefaults() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of());
        assertEquals(8080, settings.port());
        assertEquals("127.0.0.1", settings.bindAddress());
        assertTrue(settings.embeddedDatabase());
        assertEquals(Path.of("data").toAbsolutePath(), settings.dataDir());
    }

    @Test
    void shouldTreatEmptyValuesAsUnset() {
        LauncherSettings settings =
                LauncherSettings.fromEnvironment(Map.of("PORT", "", "DB_URL", " ", "BIND_ADDRESS", ""));
        assertEquals(8080, settings.port());
        assertTrue(settings.embeddedDatabase());
        assertNull(settings.dbUrl());
    }

    @Test
    void shouldReadAnExternalDatabase() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(
                Map.of("DB_URL", "jdbc:mariadb://h/db", "DB_USER", "u", "DB_PASSWORD", "p", "PORT", "9090"));
        assertEquals(9090, settings.port());
        assertEquals("jdbc:mariadb://h/db", settings.dbUrl());
    }

    @Test
    void shouldExplainBadSettings() {
        assertThrows(LauncherException.class, () -> LauncherSettings.fromEnvironment(Map.of("PORT", "http")));
        assertThrows(LauncherException.class, () -> LauncherSettings.fromEnvironment(Map.of("PORT", "70000")));
        LauncherException noPassword = assertThrows(
                LauncherException.class,
                () -> LauncherSettings.fromEnvironment(Map.of("DB_URL", "jdbc:mariadb://h/db", "DB_USER", "u")));
        assertTrue(noPassword.getMessage().contains("DB_PASSWORD"));
    }

    @Test
    void shouldRunWithoutHazelcastWhenNoClusterIsGiven() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("CLUSTER_MEMBERS", " "));
        assertFalse(settings.cluster().enabled());
        assertEquals(List.of("--nohazelcast"), settings.cluster().payaraArguments("127.0.0.1"));
        assertEquals(List.of(), settings.cluster().jvmArguments());
    }

    @Test
    void shouldClusterByTcpIpOnTheBindAddressOnly() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of(
                "DB_URL",
                "jdbc:mariadb://h/db",
                "DB_USER",
                "u",
                "DB_PASSWORD",
                "p",
                "BIND_ADDRESS",
                "10.0.0.1",
                "CLUSTER_MEMBERS",
                "10.0.0.1:5901, 10.0.0.2:5901",
                "CLUSTER_PORT",
                "5911"));
        List<String> arguments = settings.cluster().payaraArguments(settings.bindAddress());
        assertEquals("tcpip:10.0.0.1:5901,10.0.0.2:5901", arguments.get(arguments.indexOf("--clustermode") + 1));
        assertEquals("5911", arguments.get(arguments.indexOf("--startport") + 1));
        assertEquals("10.0.0.1", arguments.get(arguments.indexOf("--interfaces") + 1));
        assertFalse(arguments.contains("--nohazelcast"));
        assertEquals(
                List.of("-Dhazelcast.socket.bind.any=false", "-Dhazelcast.phone.home.enabled=false"),
                settings.cluster().jvmArguments());
        assertEquals(
                ClusterSettings.DEFAULT_PORT,
                LauncherSettings.fromEnvironment(Map.of(
                                "DB_URL",
                                "jdbc:mariadb://h/db",
                                "DB_USER",
                                "u",
                                "DB_PASSWORD",
                                "p",
                                "CLUSTER_MEMBERS",
                                "a:5901"))
                        .cluster()
                        .port());
    }

    @Test
    void shouldExplainBadClusterSettings() {
        Map<String, String> db = Map.of("DB_URL", "jdbc:mariadb://h/db", "DB_USER", "u", "DB_PASSWORD", "p");
        LauncherException embedded = assertThrows(
                LauncherException.class,
                () -> LauncherSettings.fromEnvironment(Map.of("CLUSTER_MEMBERS", "a:5901,b:5901")));
        assertTrue(embedded.getMessage().contains("DB_URL"));
        assertThrows(
                LauncherException.class,
                () -> LauncherSettings.fromEnvironment(with(db, "CLUSTER_MEMBERS", "a,b:5901")));
        assertThrows(
                LauncherException.class, () -> LauncherSettings.fromEnvironment(with(db, "CLUSTER_MEMBERS", "a:x")));
        assertThrows(
                LauncherException.class,
                () -> LauncherSettings.fromEnvironment(
                        with(with(db, "CLUSTER_MEMBERS", "a:5901"), "CLUSTER_PORT", "0")));
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    @Test
    void shouldBoundTheServerHeapAndWriteTextLogsByDefault() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of());
        assertEquals("512m", settings.payaraMaxHeap());
        assertFalse(settings.jsonLogs());
    }

    @Test
    void shouldReadTheLogFormatAndTheServerHeap() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("LOG_FORMAT", "json", "PAYARA_XMX", "1g"));
        assertTrue(settings.jsonLogs());
        assertEquals("1g", settings.payaraMaxHeap());
    }

    @Test
    void shouldExplainABadLogFormatOrHeap() {
        LauncherException format = assertThrows(
                LauncherException.class, () -> LauncherSettings.fromEnvironment(Map.of("LOG_FORMAT", "xml")));
        assertTrue(format.getMessage().contains("LOG_FORMAT"), format.getMessage());
        LauncherException heap = assertThrows(
                LauncherException.class, () -> LauncherSettings.fromEnvironment(Map.of("PAYARA_XMX", "viel")));
        assertTrue(heap.getMessage().contains("PAYARA_XMX"), heap.getMessage());
    }
}
