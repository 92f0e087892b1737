package de.deutsch4u.common.web;

import de.deutsch4u.common.Messages;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** The language of the page being rendered (German when there is no view yet). */
public final class PageLocale {

    private PageLocale() {}

    public static Locale current() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Messages.GERMAN
                : context.getViewRoot().getLocale();
    }
}
