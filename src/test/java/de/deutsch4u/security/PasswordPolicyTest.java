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

    @Test
    void shouldRefuseCommonPasswordsRunsAndRepetitions() {
        for (String weak : java.util.List.of(
                "passwort1234",
                "aaaaaaaaaaaa",
                "123456789012",
                "qwertzuiopü+",
                "Passwort2024!",
                "abababababab",
                "abcdefghijklm",
                "qwertyuiop[]",
                "!!hallo123456",
                "1234567890123")) {
            assertTrue(PasswordPolicy.weakness(weak, "someone", "Some One").isPresent(), weak);
        }
        assertEquals(
                java.util.Optional.of(PasswordPolicy.Weakness.TOO_SHORT),
                PasswordPolicy.weakness("qwertzuiopü", "x", "y"));
        assertEquals(
                java.util.Optional.of(PasswordPolicy.Weakness.COMMON),
                PasswordPolicy.weakness("passwort1234", "x", "y"));
        assertEquals(
                java.util.Optional.of(PasswordPolicy.Weakness.PATTERN),
                PasswordPolicy.weakness("123456789012", "x", "y"));
    }

    @Test
    void shouldRefuseTheUsernameAndTheDisplayName() {
        assertEquals(
                java.util.Optional.of(PasswordPolicy.Weakness.LIKE_NAME),
                PasswordPolicy.weakness("Mueller.Anna2026", "mueller.anna", "Anna Müller"));
        assertEquals(
                java.util.Optional.of(PasswordPolicy.Weakness.LIKE_NAME),
                PasswordPolicy.weakness("Aleksandra Wisniewska", "a.w", "Aleksandra Wisniewska"));
    }

    @Test
    void shouldAcceptOrdinaryPassphrasesAndTheTestPasswords() {
        for (String good : java.util.List.of(
                "correct-horse-battery",
                "a-long-password",
                "ein-sicheres-passwort",
                "it-admin-password-1",
                "Deutschkurs in Kassel 2026",
                PasswordPolicy.generate())) {
            assertEquals(java.util.Optional.empty(), PasswordPolicy.weakness(good, "teacher-17", "Olena Koval"), good);
        }
    }
}
