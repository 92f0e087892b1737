package de.deutsch4u.ops;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.api.ApiError;
import de.deutsch4u.common.api.RequestLocale;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The answer while the database is away (contract §8): 503 with Retry-After, for the API the JSON error
 * body of §5, for pages a short German (or English) page. Written without Faces and without the database,
 * because both the login check and every page template need the database.
 */
public final class ServiceUnavailable {

    public static final String RETRY_AFTER_SECONDS = "10";
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ServiceUnavailable() {}

    /** Health, metrics, the API description and static files work without the database. */
    public static boolean worksWithoutDatabase(String path) {
        return path.startsWith("/health")
                || path.startsWith("/metrics")
                || path.startsWith("/openapi")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    public static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = RequestLocale.fromAcceptLanguage(request.getHeader("Accept-Language"));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write(JSONB.toJson(ApiError.of(
                            503, "service.unavailable", Messages.get(locale, "error.service.unavailable"))));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(locale));
        }
    }

    private static String page(Locale locale) {
        String title = Messages.get(locale, "error503.title");
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + title + " – " + Messages.get(locale, "app.name") + "</title></head>"
                + "<body><main><h1>" + title + "</h1><p>" + Messages.get(locale, "error503.text") + "</p>"
                + "<p><a href=\"\">" + Messages.get(locale, "error503.retry") + "</a></p></main></body></html>\n";
    }
}
