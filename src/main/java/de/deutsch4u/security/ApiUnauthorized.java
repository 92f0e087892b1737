package de.deutsch4u.security;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.api.ApiError;
import de.deutsch4u.common.api.RequestLocale;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The 401 of the API, written by hand: Payara's own 401 is an HTML page without WWW-Authenticate
 * (../shared/stack.md §11.2), and JAX-RS exception mappers do not run before authentication.
 */
final class ApiUnauthorized {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ApiUnauthorized() {
    }

    static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, String code) {
        String message = Messages.get(RequestLocale.fromAcceptLanguage(request.getHeader("Accept-Language")), "error." + code);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Deutsch 4U\", charset=\"UTF-8\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSONB.toJson(ApiError.of(401, code, message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
