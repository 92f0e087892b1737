package de.deutsch4u.security;

import java.security.SecureRandom;

/** What a password must be (contract §5: at least 12 characters), and how generated ones look. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** No 0/O, 1/l/I: generated passwords are read from a log and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static boolean isAcceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
                && !password.isBlank();
    }

    /** A random password of 16 characters (about 94 bits). */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
