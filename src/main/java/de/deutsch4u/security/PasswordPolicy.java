package de.deutsch4u.security;

import de.deutsch4u.common.BusinessException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.passay.EnglishSequenceData;
import org.passay.GermanSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.PasswordData;
import org.passay.SequenceData;
import org.passay.dictionary.Dictionary;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What a password must be (contract §6), and how generated ones look. The list of common passwords is
 * Openwall's public-domain password.lst (as shipped in Debian's john-data) plus common German ones.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Fewer different characters than this ("aaaaaaaaaaaa", "abababababab") is a pattern, not a secret. */
    private static final int MIN_DISTINCT_CHARACTERS = 5;

    private static final List<SequenceData> RUNS = List.of(
            EnglishSequenceData.Numerical,
            EnglishSequenceData.Alphabetical,
            EnglishSequenceData.USQwerty,
            GermanSequenceData.Alphabetical,
            GermanSequenceData.DEQwertz);
    private static final Dictionary COMMON = loadCommonPasswords();
    /** No 0/O, 1/l/I: generated passwords are read from a log and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a password is refused; each names the bundle key {@code violation.password.<key>}. */
    public enum Weakness {
        TOO_SHORT("tooShort"),
        TOO_LONG("tooLong"),
        LIKE_NAME("likeName"),
        COMMON("common"),
        PATTERN("pattern");

        public final String messageKey;

        Weakness(String key) {
            this.messageKey = "violation.password." + key;
        }
    }

    private PasswordPolicy() {}

    /** Only the length (the form's first hint); {@link #weakness} applies every rule. */
    public static boolean isAcceptable(String password) {
        return password != null
                && password.length() >= MIN_LENGTH
                && password.length() <= MAX_LENGTH
                && !password.isBlank();
    }

    /** The first rule the password breaks for this account, or empty if it may be used. */
    public static Optional<Weakness> weakness(String password, String username, String displayName) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        String plain = simplified(password);
        if (plain.equals(simplified(username))
                || plain.equals(simplified(displayName))
                || core(plain).equals(simplified(username))) {
            return Optional.of(Weakness.LIKE_NAME);
        }
        if (COMMON.search(plain) || core(plain).length() >= 4 && COMMON.search(core(plain))) {
            return Optional.of(Weakness.COMMON);
        }
        if (plain.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS || isOneRun(password)) {
            return Optional.of(Weakness.PATTERN);
        }
        return Optional.empty();
    }

    /** 400 {@code password.weak} with the reason on the given field (contract §6). */
    public static void requireStrong(String field, String password, String username, String displayName) {
        weakness(password, username, displayName).ifPresent(weakness -> {
            throw new BusinessException(
                    BusinessException.Kind.INVALID,
                    "password.weak",
                    List.of(new BusinessException.Violation(field, weakness.messageKey, MIN_LENGTH)));
        });
    }

    /** A random password of 16 characters (about 94 bits). */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Lower case without spaces: "Anna Schmidt" and "annaschmidt" are the same password. */
    private static String simplified(String text) {
        return text == null ? "" : text.toLowerCase(Locale.GERMAN).replaceAll("\\s+", "");
    }

    /** The word inside decoration: "Passwort2024!" → "passwort", "!!hallo123" → "hallo". */
    private static String core(String plain) {
        return plain.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    /** The whole password is one run on a keyboard row, in the alphabet or of digits (e.g. "123456789012"). */
    private static boolean isOneRun(String password) {
        PasswordData data = new PasswordData(password);
        return RUNS.stream()
                .anyMatch(run -> !new IllegalSequenceRule(run, password.length(), true)
                        .validate(data)
                        .isValid());
    }

    private static Dictionary loadCommonPasswords() {
        try (Reader list = new InputStreamReader(
                Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")),
                StandardCharsets.UTF_8)) {
            return new WordListDictionary(WordLists.createFromReader(new Reader[] {list}, false, new ArraysSort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
