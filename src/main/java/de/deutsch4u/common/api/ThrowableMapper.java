package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.ops.DatabaseFailures;
import de.deutsch4u.ops.DatabaseOutage;
import de.deutsch4u.ops.ServiceUnavailable;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: unwraps what EJBs and JSON-B wrap (a malformed body arrives as a ProcessingException,
 * ../shared/stack.md §11.3), and answers a real fault with 500 and a reference id, never a stack trace.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private Providers providers;

    @Inject
    private DatabaseOutage outage;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable e) {
        if (DatabaseFailures.isUnavailable(e)) {
            outage.reportFailure(); // one log line per outage instead of a stack trace per request
            return Response.fromResponse(ErrorResponses.of(headers, 503, "service.unavailable"))
                    .header("Retry-After", ServiceUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                return ErrorResponses.of(headers, 403, "auth.forbidden");
            }
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return ErrorResponses.of(headers, 400, "request.malformed");
            }
            if (cause instanceof OptimisticLockException) {
                return ErrorResponses.of(headers, 409, "concurrentChange");
            }
            if (cause instanceof BusinessException business) {
                return ErrorResponses.of(headers, business);
            }
            if (cause != e && !(cause instanceof EJBException)) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof ThrowableMapper)) {
                    return mapper.toResponse(cause);
                }
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return ErrorResponses.of(headers, 500, "server.error", reference);
    }
}
