package de.deutsch4u.participant;

import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * /participants/privacy.xhtml?lang=: the printable data-protection information (Art. 13 DSGVO) in the
 * languages most participants read, right to left for Arabic and Dari/Farsi. Texts: i18n/privacy_*.properties.
 */
@Named
@RequestScoped
public class PrivacyNoticeBacking {

    /** Language code and its name in that language, in the order offered on the page. */
    public record Language(String code, String name) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    private static final List<Language> LANGUAGES = List.of(new Language("de", "Deutsch"), new Language("en", "English"),
            new Language("ar", "العربية"), new Language("fa", "دری / فارسی"), new Language("uk", "Українська"),
            new Language("ti", "ትግርኛ"));
    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa");

    @Inject
    private Caller caller;

    /** The language asked for with ?lang=, else null: then the interface's language. */
    private String lang;
    private ResourceBundle texts;
    private String providerName;

    @PostConstruct
    void init() {
        providerName = caller.account().getProvider() == null ? "…" : caller.account().getProvider().getName();
    }

    public String text(String key) {
        if (texts == null) {
            String code = getLang();
            texts = ResourceBundle.getBundle("i18n.privacy", Locale.forLanguageTag(code), getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
        return new MessageFormat(texts.getString(key)).format(new Object[] {providerName,
            ParticipantService.CONSENT_TEXT_VERSION});
    }

    public String getDirection() {
        return RIGHT_TO_LEFT.contains(getLang()) ? "rtl" : "ltr";
    }

    public List<Language> getLanguages() {
        return LANGUAGES;
    }

    /** The notice's language: the one asked for if offered, else the interface's (German or English). */
    public String getLang() {
        String wanted = lang != null ? lang : PageLocale.current().getLanguage();
        return LANGUAGES.stream().map(Language::code).filter(c -> c.equals(wanted)).findFirst().orElse("de");
    }

    public void setLang(String lang) {
        this.lang = lang == null || lang.isBlank() ? null : lang;
    }
}
