package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method or media type, missing body, role not allowed) as JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof BusinessException business) {
            return ErrorResponses.of(headers, business); // e.g. a bad date in a query parameter
        }
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "request.invalid";
            case 403 -> "auth.forbidden";
            case 404 -> "notFound";
            case 405 -> "request.methodNotAllowed";
            case 406 -> "request.notAcceptable";
            case 415 -> "request.unsupportedMediaType";
            default -> status >= 500 ? "server.error" : "request.invalid";
        };
        return ErrorResponses.of(headers, status, code);
    }
}
