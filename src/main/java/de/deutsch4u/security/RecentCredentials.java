package de.deutsch4u.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every API request, and checking it against the PBKDF2 hash costs
 * about 100 ms of CPU by design. After one successful check we keep an HMAC of the password (with a key
 * that lives only in this process) for a few minutes, together with the stored hash it matched. The
 * caller reads the account on every request ({@link SignInAccounts}) and passes the hash it found: a new
 * password (change or reset) ends the shortcut at once, on every instance; deactivation and locks are
 * checked before the password, so they never depend on this cache.
 */
@ApplicationScoped
public class RecentCredentials {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = randomKey();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] passwordMac, String storedHash, long expiresAtMillis) {}

    /** Whether this password was verified against exactly this stored hash a short while ago. */
    public boolean matches(String username, String password, String storedHash) {
        Entry entry = entries.get(username);
        return entry != null
                && entry.expiresAtMillis() > System.currentTimeMillis()
                && entry.storedHash().equals(storedHash)
                && MessageDigest.isEqual(entry.passwordMac(), mac(username, password));
    }

    public void remember(String username, String password, String storedHash) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(
                username,
                new Entry(mac(username, password), storedHash, System.currentTimeMillis() + LIFETIME.toMillis()));
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
