package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Collection;
import java.util.List;

/**
 * A JSON body must be what the endpoint reads (contract §8): a JSON {@code null} is read as no object at all,
 * and every resource method would fail on it with a 500; and Yasson reads an array such as {@code [{}]} as the
 * object inside it. Both are 400s here, before any method sees them.
 */
@Provider
public class RequiredBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
            int first = firstNonBlank(in);
            boolean wantsArray = context.getType().isArray() || Collection.class.isAssignableFrom(context.getType());
            if (first == '[' && !wantsArray || first == '{' && wantsArray) {
                throw new BusinessException(BusinessException.Kind.INVALID, "request.malformed", List.of());
            }
            if (first >= 0) {
                in.unread(first);
            }
            context.setInputStream(in);
        }
        Object body = context.proceed();
        if (body == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "request.bodyRequired", List.of());
        }
        return body;
    }

    private static int firstNonBlank(PushbackInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            c = in.read();
        }
        return c;
    }
}
