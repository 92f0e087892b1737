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
 * The API's answers of the sign-in check (401, 403 for a temporary password, 429 for a lock), written by
 * hand: Payara's own 401 is an HTML page without WWW-Authenticate (../shared/stack.md §11.2), and JAX-RS
 * exception mappers do not run before authentication.
 */
final class ApiAuthFailure {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final int TOO_MANY_REQUESTS = 429;

    private ApiAuthFailure() {}

    static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String code) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Deutsch 4U\", charset=\"UTF-8\"");
        return send(request, response, HttpServletResponse.SC_UNAUTHORIZED, code);
    }

    static AuthenticationStatus locked(
            HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        return send(request, response, TOO_MANY_REQUESTS, "auth.locked", retryAfterSeconds);
    }

    static AuthenticationStatus send(
            HttpServletRequest request, HttpServletResponse response, int status, String code, Object... args) {
        String message = Messages.get(
                RequestLocale.fromAcceptLanguage(request.getHeader("Accept-Language")), "error." + code, args);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSONB.toJson(ApiError.of(status, code, message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
