package de.deutsch4u.participant;

/** Whether a name is written in Latin script, as German offices and passports' machine lines need it. */
public final class LatinScript {

    private LatinScript() {}

    /** True when every letter of {@code text} is a Latin letter (with or without diacritics). */
    public static boolean is(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
