package de.deutsch4u.common.web;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Messages for the pages, always from bundle keys (never text built in Java). */
@ApplicationScoped
public class FacesMessages {

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A message next to one field, e.g. "closeForm:acknowledge"; the request counts as failed validation. */
    public void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Keeps the message across a redirect (Post-Redirect-Get). */
    public void flashInfo(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    /** A broken rule: the general message, and each invalid field's message next to that field. */
    public void error(BusinessException e, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = locale(context);
        add(null, FacesMessage.SEVERITY_ERROR, "error." + e.code(), e.args());
        for (BusinessException.Violation v : e.violations()) {
            String text = Messages.get(locale, v.messageKey(), v.args());
            context.addMessage(formId + ":" + v.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        context.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.get(locale(context), key, args);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() == null ? Messages.GERMAN : context.getViewRoot().getLocale();
    }
}
