package de.deutsch4u.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes and verifies passwords (PBKDF2-HMAC-SHA256; a stored hash names its own parameters and salt). */
@ApplicationScoped
public class PasswordHasher {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256 is 600,000; 210,000 keeps a Basic-auth API call near 0.1 s. */
    static final String ITERATIONS = "210000";

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final String SALT_BYTES = "32";
    static final String KEY_BYTES = "32";

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Verified for unknown usernames, so that they take as long as a wrong password of an existing account. */
    private String dummyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", ITERATIONS,
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.SaltSizeBytes", SALT_BYTES,
                "Pbkdf2PasswordHash.KeySizeBytes", KEY_BYTES));
        dummyHash = hash(PasswordPolicy.generate());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Checks with the parameters stored in the hash itself (iterations, salt), as the identity store did. */
    public boolean verify(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** The same work as {@link #verify} for a username without account; always false. */
    public boolean verifyDummy(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), dummyHash);
        return false;
    }
}
