package de.deutsch4u.common.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The 500 page shows this id instead of a stack trace; the log has the stack trace under the same id,
 * so a person can report the id and support can find the cause.
 */
@Named
@RequestScoped
public class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

    private String id;

    @PostConstruct
    void logError() {
        id = UUID.randomUUID().toString().substring(0, 8);
        Object error = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get("jakarta.servlet.error.exception");
        if (error instanceof Throwable throwable) {
            LOG.log(Level.SEVERE, "Error page shown, reference " + id, throwable);
        } else {
            LOG.severe(() -> "Error page shown, reference " + id);
        }
    }

    public String getId() {
        return id;
    }
}
