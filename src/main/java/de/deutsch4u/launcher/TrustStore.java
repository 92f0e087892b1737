package de.deutsch4u.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;

/**
 * The trust store of the Payara child: the JDK's own CA certificates without the expired ones.
 *
 * <p>Payara Micro's bundled trust store holds CA certificates that have expired, and Payara logs each of
 * them as a WARNING (NCLS-SECURITY-05054) on every start, although no request uses them. Payara Micro
 * takes the file named by {@code -Djavax.net.ssl.trustStore} instead of its own (it copies it into its
 * runtime directory), so the launcher hands it this one, written again at every start.
 */
final class TrustStore {

    /** The password Payara expects for its trust store (its master password, unchanged). */
    static final char[] PASSWORD = "changeit".toCharArray();

    private TrustStore() {}

    /** Writes the JDK's trusted CAs that are valid at {@code now} to {@code target} (PKCS12) and returns it. */
    static Path writeValidCertificates(Path target, Date now) {
        Path jdkCacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        try {
            KeyStore source = KeyStore.getInstance(jdkCacerts.toFile(), PASSWORD);
            KeyStore trimmed = KeyStore.getInstance("PKCS12");
            trimmed.load(null, PASSWORD);
            for (String alias : Collections.list(source.aliases())) {
                Certificate certificate = source.getCertificate(alias);
                if (source.isCertificateEntry(alias) && isValid(certificate, now)) {
                    trimmed.setCertificateEntry(alias, certificate);
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                trimmed.store(out, PASSWORD);
            }
            return target;
        } catch (IOException | GeneralSecurityException e) {
            throw new LauncherException("Cannot write the trust store " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean isValid(Certificate certificate, Date now) {
        return !(certificate instanceof X509Certificate x509)
                || !x509.getNotAfter().before(now);
    }
}
