package de.deutsch4u.common.web;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.omnifaces.util.Components;

/** Messages for the pages, always from bundle keys (never text built in Java). */
@ApplicationScoped
public class FacesMessages {

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A message next to one field of the submitted form, e.g. "acknowledge"; the request counts as failed validation. */
    public void fieldError(String field, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        add(clientIdOf(context, field), FacesMessage.SEVERITY_ERROR, key, args);
        context.validationFailed();
    }

    /** Keeps the message across a redirect (Post-Redirect-Get). */
    public void flashInfo(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    /**
     * A broken rule (shown by {@link BusinessExceptionHandler}): the general message, and each invalid field's
     * message next to the component of the submitted form whose id is the field's name.
     */
    void error(BusinessException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = locale(context);
        add(null, FacesMessage.SEVERITY_ERROR, "error." + e.code(), e.args());
        for (BusinessException.Violation v : e.violations()) {
            String text = Messages.get(locale, v.messageKey(), v.args());
            context.addMessage(
                    clientIdOf(context, v.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        context.validationFailed();
    }

    /** The client id of the submitted form's component {@code field} ("userForm:username"). */
    private static String clientIdOf(FacesContext context, String field) {
        UIForm form = Components.getCurrentForm();
        if (form == null) {
            return null;
        }
        UIComponent component = form.findComponent(field);
        return component == null ? form.getClientId(context) + ":" + field : component.getClientId(context);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.get(locale(context), key, args);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() == null
                ? Messages.GERMAN
                : context.getViewRoot().getLocale();
    }
}
