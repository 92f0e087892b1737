package de.deutsch4u.common.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers the current page request with 404: for ids that do not exist or lie outside the caller's scope. */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
