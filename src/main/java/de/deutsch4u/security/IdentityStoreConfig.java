package de.deutsch4u.security;

import de.deutsch4u.config.DataSourceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Accounts live in app_user; deactivated accounts cannot sign in. The role is the only group.
 * The hash parameters here and in {@link PasswordHasher} must stay the same.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceConfig.JNDI_NAME,
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT role FROM app_user WHERE username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Iterations=" + PasswordHasher.ITERATIONS,
            "Pbkdf2PasswordHash.Algorithm=" + PasswordHasher.ALGORITHM,
            "Pbkdf2PasswordHash.SaltSizeBytes=" + PasswordHasher.SALT_BYTES,
            "Pbkdf2PasswordHash.KeySizeBytes=" + PasswordHasher.KEY_BYTES
        })
@ApplicationScoped
public class IdentityStoreConfig {
}
