package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shouldRequireAtLeast12Characters() {
        assertFalse(PasswordPolicy.isAcceptable(null));
        assertFalse(PasswordPolicy.isAcceptable("elevenchars"));
        assertFalse(PasswordPolicy.isAcceptable("            "));
        assertTrue(PasswordPolicy.isAcceptable("twelve-chars"));
        assertFalse(PasswordPolicy.isAcceptable("x".repeat(129)));
    }

    @Test
    void shouldGenerateAcceptableUnambiguousPasswords() {
        String one = PasswordPolicy.generate();
        assertEquals(16, one.length());
        assertTrue(PasswordPolicy.isAcceptable(one));
        assertTrue(one.matches("[a-km-zA-HJ-NP-Z2-9]+"), one);
        assertNotEquals(one, PasswordPolicy.generate());
    }
}
