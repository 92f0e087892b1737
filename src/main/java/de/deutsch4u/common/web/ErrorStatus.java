package de.deutsch4u.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Gives an error page the status it stands for: the container answers every page shown for an exception with
 * 500, also the 403 page for a refused EJB call and the page for an expired view. Ajax answers stay 200, or
 * Faces' script would not show them.
 */
@Named
@RequestScoped
public class ErrorStatus {

    /** Sets the status; renders nothing. */
    public String set(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getPartialViewContext().isAjaxRequest()
                && !faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(status);
        }
        return "";
    }
}
