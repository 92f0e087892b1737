package de.deutsch4u.common.web;

import de.deutsch4u.common.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The page language of this session: German unless the person switched to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.GERMAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The language to offer on the switch. */
    public String getOtherLanguage() {
        return isGerman() ? "en" : "de";
    }

    public boolean isGerman() {
        return Messages.GERMAN.getLanguage().equals(locale.getLanguage());
    }

    public void switchLanguage() {
        locale = isGerman() ? Locale.ENGLISH : Messages.GERMAN;
    }
}
