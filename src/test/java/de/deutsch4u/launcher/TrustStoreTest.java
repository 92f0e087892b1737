package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoreTest {

    @Test
    void shouldKeepTheJdksValidCertificatesOnly(@TempDir Path dir) throws Exception {
        Date now = new Date();
        KeyStore trimmed = load(TrustStore.writeValidCertificates(dir.resolve("now.p12"), now));
        assertTrue(trimmed.size() > 50, "the JDK's CAs that are valid today: " + trimmed.size());
        for (String alias : Collections.list(trimmed.aliases())) {
            X509Certificate certificate = (X509Certificate) trimmed.getCertificate(alias);
            assertFalse(certificate.getNotAfter().before(now), alias + " expired " + certificate.getNotAfter());
        }
    }

    @Test
    void shouldDropCertificatesThatExpireBeforeTheGivenDay(@TempDir Path dir) throws Exception {
        Date farFuture = new Date(4_102_444_800_000L); // 2100-01-01: every CA in the JDK has expired by then
        assertEquals(
                0,
                load(TrustStore.writeValidCertificates(dir.resolve("2100.p12"), farFuture))
                        .size());
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, TrustStore.PASSWORD);
        }
        return store;
    }
}
