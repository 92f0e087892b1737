package de.deutsch4u.common;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the bundle {@code i18n/messages} (messages_de is German, the default; messages_en English).
 * Used where Faces' {@code #{msg[...]}} is not at hand: the API's error messages and the PDFs.
 */
public final class Messages {

    public static final Locale GERMAN = Locale.GERMAN;

    private Messages() {}

    public static String get(Locale locale, String key, Object... args) {
        return fromBundle("i18n.messages", supported(locale), key, args);
    }

    /**
     * A text of the bundle {@code baseName} (e.g. i18n.flyer, i18n.privacy) in exactly {@code language}, formatted
     * as {@link #get} does; the key itself when the bundle lacks it.
     */
    public static String fromBundle(String baseName, Locale language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                baseName,
                language,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(plain(args, language));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * Whole numbers in messages are ids and counts ("Träger 1234", never "Träger 1.234"); dates are
     * written as people in that language write them (02.03.2026 in German).
     */
    private static Object[] plain(Object[] args, Locale language) {
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Long || plain[i] instanceof Integer) {
                plain[i] = plain[i].toString();
            } else if (plain[i] instanceof LocalDate date) {
                plain[i] =
                        language == GERMAN ? GermanFormats.date(date) : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
        }
        return plain;
    }

    /** English when asked for, German otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : GERMAN;
    }
}
