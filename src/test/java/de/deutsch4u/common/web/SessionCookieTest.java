package de.deutsch4u.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void shouldWriteTheSessionCookieAsTheContractSays() {
        assertEquals(
                "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax",
                SecurityHeaders.strict("JSESSIONID=abc; Path=/; HttpOnly; SameSite=lax", false));
        assertEquals(
                "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure",
                SecurityHeaders.strict("JSESSIONID=abc; Path=/; Secure; HttpOnly", true));
    }
}
