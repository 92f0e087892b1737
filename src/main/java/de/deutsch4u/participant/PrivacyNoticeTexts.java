package de.deutsch4u.participant;

import de.deutsch4u.common.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The data-protection information (Art. 13 DSGVO) in the languages most participants read, right to left for
 * Arabic and Dari/Farsi; texts in i18n/privacy_*.properties. Used by the staff page and the public page.
 */
public final class PrivacyNoticeTexts {

    /** Language code and its name in that language, in the order offered on the pages. */
    public record Language(String code, String name) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    public static final List<Language> LANGUAGES = List.of(
            new Language("de", "Deutsch"),
            new Language("en", "English"),
            new Language("ar", "العربية"),
            new Language("fa", "دری / فارسی"),
            new Language("uk", "Українська"),
            new Language("ti", "ትግርኛ"));
    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa");

    private final String language;
    private final String providerName;

    /** @param wanted a language code; one not offered gives German */
    public PrivacyNoticeTexts(String wanted, String providerName) {
        this.language = offered(wanted);
        this.providerName = providerName;
    }

    /** The code if it is offered, else "de". */
    public static String offered(String wanted) {
        return LANGUAGES.stream()
                .map(Language::code)
                .filter(code -> code.equals(wanted))
                .findFirst()
                .orElse("de");
    }

    public String language() {
        return language;
    }

    public String direction() {
        return RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    }

    public String text(String key) {
        return Messages.fromBundle(
                "i18n.privacy",
                Locale.forLanguageTag(language),
                key,
                providerName,
                ParticipantService.CONSENT_TEXT_VERSION);
    }
}
