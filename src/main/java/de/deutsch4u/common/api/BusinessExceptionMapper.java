package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken business rule: 400, 403, 404 or 409 with its stable code. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        return ErrorResponses.of(headers, e);
    }
}
