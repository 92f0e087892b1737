package de.deutsch4u.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void shouldBelieveHttpsOnlyFromTheListedAddresses() {
        TrustedProxies proxies = TrustedProxies.parse(TrustedProxies.DEFAULT);
        assertTrue(proxies.saysHttps("127.0.0.1", "https"));
        assertTrue(proxies.saysHttps("0:0:0:0:0:0:0:1", "HTTPS"));
        assertFalse(proxies.saysHttps("127.0.0.1", "http"));
        assertFalse(proxies.saysHttps("127.0.0.1", null));
        assertFalse(proxies.saysHttps("10.0.0.7", "https"));
        assertFalse(proxies.saysHttps("localhost", "https"), "names are never looked up");
    }

    @Test
    void shouldReadAListOfAddresses() {
        TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.7 , [fd00::1]");
        assertTrue(proxies.saysHttps("10.0.0.7", "https"));
        assertTrue(proxies.saysHttps("fd00:0:0:0:0:0:0:1", "https"));
        assertFalse(proxies.saysHttps("127.0.0.1", "https"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
    }
}
