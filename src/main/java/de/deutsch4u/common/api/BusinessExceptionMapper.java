package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken business rule: 400, 403, 404, 409, 413 or 429 (with Retry-After) with its stable code. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    private static final String RETRY_AFTER_SECONDS = "10";

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Response response = ErrorResponses.of(headers, e);
        if (e.kind() == BusinessException.Kind.BUSY) {
            response.getHeaders().add("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response;
    }
}
