package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;

/**
 * A JSON body {@code null} is read as no object at all, and every resource method would fail on it with a 500;
 * it is a 400 here, before any method sees it (contract §8).
 */
@Provider
public class RequiredBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.bodyRequired", List.of());
        }
        return body;
    }
}
