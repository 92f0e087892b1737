package de.deutsch4u.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes new passwords exactly as the identity store checks them (PBKDF2, see IdentityStoreConfig). */
@ApplicationScoped
public class PasswordHasher {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256 is 600,000; 210,000 keeps a Basic-auth API call near 0.1 s. */
    static final String ITERATIONS = "210000";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final String SALT_BYTES = "32";
    static final String KEY_BYTES = "32";

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", ITERATIONS,
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.SaltSizeBytes", SALT_BYTES,
                "Pbkdf2PasswordHash.KeySizeBytes", KEY_BYTES));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }
}
