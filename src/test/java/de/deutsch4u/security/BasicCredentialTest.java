package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    @Test
    void shouldDecodeUsernameAndPasswordWithColonsAndUmlauts() {
        UsernamePasswordCredential credential =
                AppAuthenticationMechanism.basicCredential("Basic " + encode("Admin:pä:ss"));
        assertEquals("admin", credential.getCaller(), "usernames are case-insensitive");
        assertEquals("pä:ss", credential.getPasswordAsString());
    }

    @Test
    void shouldIgnoreOtherOrBrokenHeaders() {
        assertNull(AppAuthenticationMechanism.basicCredential(null));
        assertNull(AppAuthenticationMechanism.basicCredential("Bearer abc"));
        assertNull(AppAuthenticationMechanism.basicCredential("Basic !!!"));
        assertNull(AppAuthenticationMechanism.basicCredential("Basic " + encode("no-colon")));
        assertNull(AppAuthenticationMechanism.basicCredential("Basic " + encode(":password-only")));
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
