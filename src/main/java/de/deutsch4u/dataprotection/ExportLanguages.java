package de.deutsch4u.dataprotection;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.participant.PrivacyNoticeTexts;
import java.util.List;
import java.util.Locale;

/**
 * The second language of the Art. 15 export PDF (issue 13): one of the privacy notice's languages besides German, as
 * the provider chooses it (nothing records in which language a person read the notice). English headings come from
 * the page bundle, the others from i18n/export_xx.properties.
 */
public final class ExportLanguages {

    /** The privacy notice's languages without German, in the notice's order. */
    public static final List<String> CHOICES = PrivacyNoticeTexts.LANGUAGES.stream()
            .map(PrivacyNoticeTexts.Language::code)
            .filter(code -> !code.equals("de"))
            .toList();

    private ExportLanguages() {}

    /** The chosen second language; null for none (null or blank); a 400 on {@code field} for any other value. */
    public static Locale chosen(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String language = code.strip().toLowerCase(Locale.ROOT);
        if (!CHOICES.contains(language)) {
            throw BusinessException.invalidField(field, "violation.exportLanguage.unknown", String.join(", ", CHOICES));
        }
        return Locale.forLanguageTag(language);
    }

    /** A heading or label of the export in {@code language}. */
    static String text(Locale language, String key, Object... args) {
        return language.getLanguage().equals("en")
                ? Messages.get(Locale.ENGLISH, key, args)
                : Messages.fromBundle("i18n.export", language, key, args);
    }
}
