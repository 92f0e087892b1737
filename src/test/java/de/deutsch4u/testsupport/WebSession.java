package de.deutsch4u.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's HTTP side without a browser: a cookie jar, no redirects followed, form posts. For tests of what
 * pages answer (status, headers), where Selenium cannot see the status line.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private String baseUrl;

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** Signs in through the login page, as a person would. */
    public static WebSession signedIn(String username, String password) {
        return signedIn(null, username, password);
    }

    /** Signs in through the login page of the instance at {@code baseUrl} (null: the test run's application). */
    public static WebSession signedIn(String baseUrl, String username, String password) {
        WebSession session = new WebSession().at(baseUrl);
        HttpResponse<String> login = session.get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:continue", "");
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState(login.body()));
        form.put("primefaces.nonce", nonce(login));
        HttpResponse<String> signedIn = session.post("/login.xhtml", form, Map.of());
        assertEquals(302, signedIn.statusCode(), "sign-in of " + username + ": " + signedIn.body());
        return session;
    }

    /**
     * Sends the next requests to another instance, with the same cookies, as a load balancer does when an instance
     * stops (cookies belong to the host, not to its port). Null: the test run's application.
     */
    public WebSession at(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no ViewState in the page: " + page);
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** The CSP nonce of a page response, as PrimeFaces' scripts send it back with every ajax request. */
    public static String nonce(HttpResponse<String> page) {
        Matcher matcher = NONCE.matcher(
                page.headers().firstValue("Content-Security-Policy").orElse(""));
        if (!matcher.find()) {
            throw new AssertionError(
                    "no nonce in the CSP header: " + page.headers().map());
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create((baseUrl == null ? TestApp.baseUrl() : baseUrl) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
