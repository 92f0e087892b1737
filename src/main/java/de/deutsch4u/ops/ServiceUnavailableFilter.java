package de.deutsch4u.ops;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages whose database work fails because the database is away get the 503 page instead of the error
 * page with a stack trace in the log; the outage is reported so that later requests are answered at once.
 */
@WebFilter(filterName = "serviceUnavailable", urlPatterns = "/*")
public class ServiceUnavailableFilter extends HttpFilter {

    @Inject
    private DatabaseOutage outage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            outage.reportFailure();
            response.reset();
            ServiceUnavailable.send(request, response);
        }
    }
}
