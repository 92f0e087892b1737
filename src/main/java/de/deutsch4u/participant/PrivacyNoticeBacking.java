package de.deutsch4u.participant;

import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.common.web.PublicAddress;
import de.deutsch4u.finder.QrCode;
import de.deutsch4u.user.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /participants/privacy.xhtml?lang=: the printable data-protection information for staff to print or show at
 * registration, with a QR code of the public page /datenschutz in the same language, so that the person can read
 * it again on their own phone.
 */
@Named
@RequestScoped
public class PrivacyNoticeBacking {

    @Inject
    private SignedInUser signedInUser;

    /** The language asked for with ?lang=, else null: then the interface's language. */
    private String lang;

    private Long providerId;
    private PrivacyNoticeTexts texts;

    @PostConstruct
    void init() {
        providerId = signedInUser.account().getProvider() == null
                ? null
                : signedInUser.account().getProvider().getId();
    }

    public String text(String key) {
        return texts().text(key);
    }

    private PrivacyNoticeTexts texts() {
        if (texts == null) {
            String providerName = signedInUser.account().getProvider() == null
                    ? "…"
                    : signedInUser.account().getProvider().getName();
            texts = new PrivacyNoticeTexts(
                    lang != null ? lang : PageLocale.current().getLanguage(), providerName);
        }
        return texts;
    }

    public String getDirection() {
        return texts().direction();
    }

    public List<PrivacyNoticeTexts.Language> getLanguages() {
        return PrivacyNoticeTexts.LANGUAGES;
    }

    /** The notice's language: the one asked for if offered, else the interface's (German or English). */
    public String getLang() {
        return texts().language();
    }

    public void setLang(String lang) {
        this.lang = lang == null || lang.isBlank() ? null : lang;
        this.texts = null; // building the view may have asked for the texts before the view parameter was set
    }

    /** The public page with this notice, in this language and naming the caller's provider. */
    public String getPublicLink() {
        return PublicAddress.base() + PublicPrivacyNoticeBacking.PATH.substring(1) + "?lang=" + getLang()
                + (providerId == null ? "" : "&provider=" + providerId);
    }

    public String getQrCode() {
        return QrCode.svgDataUri(getPublicLink());
    }
}
