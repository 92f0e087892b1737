package de.deutsch4u.common.api;

import de.deutsch4u.common.Messages;
import java.util.Locale;

/** The language of an API answer: English with {@code Accept-Language: en}, German otherwise. */
public final class RequestLocale {

    private RequestLocale() {}

    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Messages.GERMAN;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> range.getRange().toLowerCase(Locale.ROOT))
                    .filter(range -> range.startsWith("de") || range.startsWith("en"))
                    .findFirst()
                    .map(range -> range.startsWith("en") ? Locale.ENGLISH : Messages.GERMAN)
                    .orElse(Messages.GERMAN);
        } catch (IllegalArgumentException e) {
            return Messages.GERMAN;
        }
    }
}
