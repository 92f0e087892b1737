package de.deutsch4u.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Contract §9 and §7: headers on every answer, no caching of anything but static resources (pages, JSON and
 * files carry personal data), and a Secure session cookie behind a trusted HTTPS proxy. The CSP of pages comes
 * from PrimeFaces (primefaces.CSP_POLICY in web.xml, with its nonce); SameSite and HttpOnly of the session
 * cookie from WEB-INF/glassfish-web.xml, because Payara ignores web.xml's cookie attributes. Declared in web.xml,
 * where filters run in the order they are written (annotated filters have no defined order): first of all.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /**
     * Room for a whole page, so that a new session cookie can still be rewritten after the page was rendered. Only
     * requests without a valid session get it: a page request of a signed-in session sends no session cookie (the
     * id changes at sign-in, on a short redirect). The only page that starts a session is the login page (8 KB);
     * the public pages (/kurse, /datenschutz) start none. The server's pooled responses keep a buffer of this size
     * after the request: at 512 KB, 100 people cost 50-100 MB of heap (docs/benchmarks.md, load test).
     */
    private static final int PAGE_BUFFER = 64 * 1024;

    private static final Pattern ATTRIBUTES = Pattern.compile("(?i);\\s*(SameSite=[a-z]*|Secure|HttpOnly)(?=;|$)");

    private transient TrustedProxies proxies;

    @Override
    public void init() {
        proxies = TrustedProxies.parse(ConfigProvider.getConfig()
                .getOptionalValue("trusted.proxies", String.class)
                .filter(list -> !list.isBlank())
                .orElse(TrustedProxies.DEFAULT));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpServletResponse answer = response;
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
            answer = new NoStore(response);
        }
        boolean page = answer != response
                && !path.startsWith("/api/")
                && request.getDispatcherType() == DispatcherType.REQUEST;
        if (page && !request.isRequestedSessionIdValid()) {
            response.setBufferSize(PAGE_BUFFER);
        }
        chain.doFilter(request, answer);
        if (page) {
            rewriteSessionCookie(request, response);
        }
    }

    /**
     * Payara writes "SameSite=lax" and marks the cookie Secure only for HTTPS it terminates itself; the cookie is
     * rewritten here as contract §9 has it, Secure also behind a trusted HTTPS proxy. Only while the page is
     * still in the buffer; otherwise Payara's cookie (HttpOnly, SameSite from glassfish-web.xml) stays.
     */
    private void rewriteSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String prefix = (name == null ? "JSESSIONID" : name) + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (response.isCommitted() || cookies.stream().noneMatch(cookie -> cookie.startsWith(prefix))) {
            return;
        }
        boolean secure = request.isSecure()
                || proxies.saysHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i).startsWith(prefix) ? strict(cookies.get(i), secure) : cookies.get(i);
            if (i == 0) {
                response.setHeader("Set-Cookie", cookie);
            } else {
                response.addHeader("Set-Cookie", cookie);
            }
        }
    }

    static String strict(String cookie, boolean secure) {
        String plain = ATTRIBUTES.matcher(cookie).replaceAll("");
        return plain + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    /** Keeps "no-store": components (file downloads) may not turn caching back on. */
    private static final class NoStore extends HttpServletResponseWrapper {
        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        private static boolean isCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
