package de.deutsch4u.finder;

import java.util.List;
import java.util.Locale;

/**
 * The languages a flyer can be printed in besides German: those of the data-protection notice (de, en, ar, fa,
 * uk, ti). The flyer's own texts exist in German and English; for the others the second language is English
 * until translations are added (docs/finder.md).
 */
public final class FlyerLanguages {

    public static final List<String> CHOICES = List.of("en", "ar", "fa", "uk", "ti");
    private static final List<String> TRANSLATED = List.of("de", "en");

    private FlyerLanguages() {
    }

    /** The language asked for, if it is one of the choices (or German); null otherwise. */
    public static String choice(String requested) {
        String code = requested == null ? "en" : requested.strip().toLowerCase(Locale.ROOT);
        return code.equals("de") || CHOICES.contains(code) ? code : null;
    }

    /** The language the flyer's second column is really printed in. */
    public static Locale printed(String choice) {
        return TRANSLATED.contains(choice) ? Locale.forLanguageTag(choice) : Locale.ENGLISH;
    }

    /** For the finder's cards: the first of the course's languages that flyers offer, English otherwise. */
    public static String secondFor(List<String> supportLanguages) {
        return supportLanguages.stream().filter(CHOICES::contains).findFirst().orElse("en");
    }
}
