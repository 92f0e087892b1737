package de.deutsch4u.participant;

import de.deutsch4u.provider.ProviderService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The public page /datenschutz?lang=&provider=: the privacy notice for participants themselves, without login
 * and without a session (GET only, transient view). The QR code on the staff page leads here. A provider id
 * that is not a number or not an active provider leaves the controller's name out ("…"); the rest of the
 * notice still holds.
 */
@Named
@RequestScoped
public class PublicPrivacyNoticeBacking {

    static final String PATH = "/datenschutz";

    @Inject
    private ProviderService providers;

    private Long providerId;
    private PrivacyNoticeTexts texts;

    @PostConstruct
    void readParameters() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        providerId = number(parameters.get("provider"));
        String providerName =
                providerId == null ? "…" : providers.publicName(providerId).orElse("…");
        texts = new PrivacyNoticeTexts(parameters.get("lang"), providerName);
    }

    private static Long number(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    public String text(String key) {
        return texts.text(key);
    }

    public String getLang() {
        return texts.language();
    }

    public String getDirection() {
        return texts.direction();
    }

    public List<PrivacyNoticeTexts.Language> getLanguages() {
        return PrivacyNoticeTexts.LANGUAGES;
    }

    /** This page in another language, for the same provider. */
    public String link(String language) {
        String contextPath =
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return contextPath + PATH + "?lang=" + language + (providerId == null ? "" : "&provider=" + providerId);
    }
}
