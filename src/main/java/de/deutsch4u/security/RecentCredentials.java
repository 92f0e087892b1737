package de.deutsch4u.security;

import de.deutsch4u.config.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * HTTP Basic sends the password with every API request, and checking it against the PBKDF2 hash costs
 * about 100 ms of CPU by design. After one successful check we keep an HMAC of the password (with a key
 * that lives only in this process) for a few minutes. Every request still reads the account: a
 * deactivated account or a changed password hash ends the shortcut at once.
 */
@ApplicationScoped
public class RecentCredentials {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private IdentityStoreHandler identityStore;

    private final byte[] key = randomKey();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] passwordMac, String storedHash, long expiresAtMillis) {
    }

    private record Account(String storedHash, SignedInAccount facts) {
    }

    /** Checks the password; when it is right, the account's facts are kept in the request for {@link Caller}. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential, HttpServletRequest request) {
        String username = credential.getCaller();
        Account account = activeAccount(username);
        if (account == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = check(credential, account);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.setAttribute(SignedInAccount.REQUEST_ATTRIBUTE, account.facts());
        }
        return result;
    }

    private CredentialValidationResult check(UsernamePasswordCredential credential, Account account) {
        String username = credential.getCaller();
        byte[] mac = mac(username, credential.getPasswordAsString());
        Entry entry = entries.get(username);
        if (entry != null && entry.expiresAtMillis() > System.currentTimeMillis()
                && entry.storedHash().equals(account.storedHash()) && MessageDigest.isEqual(entry.passwordMac(), mac)) {
            return new CredentialValidationResult(username, Set.of(account.facts().role().name()));
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(username, new Entry(mac, account.storedHash(), System.currentTimeMillis() + LIFETIME.toMillis()));
        }
        return result;
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private Account activeAccount(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT password_hash, id, role, provider_id FROM app_user WHERE username = ? AND active = TRUE")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                long providerId = row.getLong(4);
                return new Account(row.getString(1), new SignedInAccount(row.getLong(2), Role.valueOf(row.getString(3)),
                        row.wasNull() ? null : providerId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account for the login check", e);
        }
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
