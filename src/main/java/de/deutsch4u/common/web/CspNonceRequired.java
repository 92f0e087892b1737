package de.deutsch4u.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * PrimeFaces checks the CSP nonce of every form post while it renders the answer, and fails with a 500 (even
 * its error page does) when the nonce is missing. PrimeFaces' own scripts put it into every form, so a post
 * without it comes from something else: it gets the page again, fresh (an ajax post a redirect to it).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class CspNonceRequired extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NONCE = "primefaces.nonce";
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isFormPost(request) && request.getParameter(VIEW_STATE) != null && isBlank(request.getParameter(NONCE))) {
            String page =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + escape(page) + "\"/></partial-response>");
            } else {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", page);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
