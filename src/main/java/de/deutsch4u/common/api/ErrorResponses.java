package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds the JSON error responses of contract §5 in the caller's language. */
public final class ErrorResponses {

    private ErrorResponses() {}

    public static Response of(HttpHeaders headers, int status, String code, Object... args) {
        return build(new ApiError(status, code, Messages.get(locale(headers), "error." + code, args), null));
    }

    public static Response of(HttpHeaders headers, BusinessException e) {
        Locale locale = locale(headers);
        List<ApiError.FieldViolation> violations = e.violations().isEmpty()
                ? null
                : e.violations().stream()
                        .map(v ->
                                new ApiError.FieldViolation(v.field(), Messages.get(locale, v.messageKey(), v.args())))
                        .toList();
        int status = e.kind().status;
        return build(new ApiError(status, e.code(), Messages.get(locale, "error." + e.code(), e.args()), violations));
    }

    public static Response invalid(HttpHeaders headers, List<ApiError.FieldViolation> violations) {
        String message = Messages.get(locale(headers), "error.validation.failed");
        return build(new ApiError(400, "validation.failed", message, violations));
    }

    public static Locale locale(HttpHeaders headers) {
        return RequestLocale.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static Response build(ApiError error) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error)
                .build();
    }
}
