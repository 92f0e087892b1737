package de.deutsch4u.common.web;

import de.deutsch4u.common.BusinessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The one place where a broken rule reaches a page, so backing beans call services without catching
 * {@link BusinessException}:
 * <ul>
 * <li>while a page opens (its {@code <f:viewAction>} on a GET), the page answers 404: the id in its view
 * parameter is unknown or lies outside the caller's scope;</li>
 * <li>on a form post, the page shows the general message and each invalid field's message next to that field
 * of the submitted form ({@link FacesMessages#error(BusinessException)}), and is rendered again with the user's
 * input, as after a failed validation.</li>
 * </ul>
 * Anything else goes on to OmniFaces' {@code FullAjaxExceptionHandler} and the error pages. A rule broken
 * while the page renders is an error too: its output has begun.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    /** Registered in faces-config.xml after OmniFaces' factory, so this handler sees the exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            BusinessException broken = brokenRule(event.getContext().getException());
            if (broken != null && event.getContext().getPhaseId() != PhaseId.RENDER_RESPONSE) {
                show(event.getContext().getContext(), broken);
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static void show(FacesContext context, BusinessException broken) {
        if (context.isPostback()) {
            CDI.current().select(FacesMessages.class).get().error(broken);
            context.renderResponse();
        } else {
            try {
                context.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    /** Faces wraps what an action throws (FacesException, ELException, ...); the rule is somewhere in the causes. */
    private static BusinessException brokenRule(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException broken) {
                return broken;
            }
        }
        return null;
    }
}
