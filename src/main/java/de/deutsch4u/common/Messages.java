package de.deutsch4u.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the bundle {@code i18n/messages} (German is the base file, English the translation).
 * Used where Faces' {@code #{msg[...]}} is not at hand: the API's error messages and the PDFs.
 */
public final class Messages {

    public static final Locale GERMAN = Locale.GERMAN;

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** English when asked for, German otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : GERMAN;
    }
}
