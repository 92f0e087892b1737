package de.deutsch4u.finder;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public page /kurse is the same for everyone who asks the same query on the same snapshot of the finder, so
 * its HTML is rendered once and kept with the snapshot, like the API's JSON (issue 17: 200 requests/s). The page
 * carries no script; its policy goes without the nonce PrimeFaces adds to every page (a nonce sent twice would be
 * no nonce). Only GET answers with status 200 and without a cookie are kept. Declared in web.xml after
 * {@code SecurityHeaders}, whose headers a kept page gets too.
 */
public class FinderPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    private static final String POLICY = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("\\s*'nonce-[^']*'");

    @Inject
    private transient PublicCourseCatalog catalog;

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY") + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        PublicCourseCatalog.KeptPage kept = catalog.keptPage(Objects.toString(request.getQueryString(), ""));
        byte[] html = kept.html();
        if (html == null) {
            Rendering rendering = new Rendering(response);
            chain.doFilter(request, rendering);
            html = rendering.html();
            if (response.getStatus() == HttpServletResponse.SC_OK
                    && String.valueOf(response.getContentType()).startsWith("text/html")
                    && !response.containsHeader("Set-Cookie")) {
                kept.keep(html);
            }
        } else {
            response.setContentType(CONTENT_TYPE);
            response.setHeader(POLICY, policy);
        }
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }

    /** Takes what the page writes, and its policy without the nonce. */
    private static final class Rendering extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream html = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;

        Rendering(HttpServletResponse response) {
            super(response);
        }

        byte[] html() {
            if (writer != null) {
                writer.flush();
            }
            return html.toByteArray();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, withoutNonce(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, withoutNonce(name, value));
        }

        private static String withoutNonce(String name, String value) {
            return POLICY.equalsIgnoreCase(name) ? NONCE.matcher(value).replaceAll("") : value;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = Objects.requireNonNullElse(getCharacterEncoding(), StandardCharsets.UTF_8.name());
                writer = new PrintWriter(new OutputStreamWriter(html, Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        html.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        html.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int length) {}

        @Override
        public void setContentLengthLong(long length) {}

        @Override
        public void flushBuffer() {}

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            discard();
        }

        @Override
        public void reset() {
            super.reset();
            discard();
        }

        /** Drops what was written so far, also what the writer still holds. */
        private void discard() {
            if (writer != null) {
                writer.flush();
            }
            html.reset();
        }
    }
}
