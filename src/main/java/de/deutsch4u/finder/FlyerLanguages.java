package de.deutsch4u.finder;

import de.deutsch4u.common.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The languages a flyer can be printed in besides German: those of the data-protection notice (de, en, ar, fa,
 * uk, ti). German and English texts come from the page bundles; the others from i18n/flyer_xx.properties
 * (docs/finder.md).
 */
public final class FlyerLanguages {

    public static final List<String> CHOICES = List.of("en", "ar", "fa", "uk", "ti");
    /** Languages whose texts are in the page bundles (messages_xx); the flyer's other languages have their own. */
    private static final List<String> INTERFACE_LANGUAGES = List.of("de", "en");

    private FlyerLanguages() {}

    /** The language asked for, if it is one of the choices (or German); null otherwise. */
    public static String choice(String requested) {
        String code = requested == null ? "en" : requested.strip().toLowerCase(Locale.ROOT);
        return code.equals("de") || CHOICES.contains(code) ? code : null;
    }

    /** The language the flyer's second column is printed in. */
    public static Locale printed(String choice) {
        return Locale.forLanguageTag(choice);
    }

    /** A flyer text in {@code language}: from the page bundles for German and English, else the flyer bundle. */
    public static String text(Locale language, String key, Object... args) {
        if (INTERFACE_LANGUAGES.contains(language.getLanguage())) {
            return Messages.get(language, key, args);
        }
        return Messages.fromBundle("i18n.flyer", language, key, args);
    }

    /** For the finder's cards: the first of the course's languages that flyers offer, English otherwise. */
    public static String secondFor(List<String> supportLanguages) {
        return supportLanguages.stream().filter(CHOICES::contains).findFirst().orElse("en");
    }
}
