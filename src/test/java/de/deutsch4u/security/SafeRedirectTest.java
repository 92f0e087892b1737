package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/providers/list.xhtml", "/users/list.xhtml?x=1"})
    void shouldContinueToLocalPages(String path) {
        assertEquals(path, SafeRedirect.target(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "https://evil.example",
                "//evil.example/x",
                "/\\evil.example",
                "javascript:alert(1)",
                "/api/users",
                "/login.xhtml",
                "/x\r\nSet-Cookie: a=b"
            })
    void shouldSendEverythingElseToTheStartPage(String requested) {
        assertEquals(SafeRedirect.START_PAGE, SafeRedirect.target(requested));
    }
}
