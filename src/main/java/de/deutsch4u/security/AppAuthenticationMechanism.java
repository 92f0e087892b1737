package de.deutsch4u.security;

import de.deutsch4u.ops.DatabaseFailures;
import de.deutsch4u.ops.DatabaseOutage;
import de.deutsch4u.ops.ServiceUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Two ways in, one set of accounts (../shared/stack.md §11.2): the pages use a form login that is kept
 * in the HTTP session; {@code /api/*} uses HTTP Basic on every request and never creates a session.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private RecentCredentials recentCredentials;

    @Inject
    private DatabaseOutage outage;

    /**
     * Runs before every servlet filter and before JAX-RS, and most ways in read the database: so this is
     * where a database outage becomes a 503 instead of a 500 with an empty body (contract §8).
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ServiceUnavailable.worksWithoutDatabase(path)) {
            return authenticate(request, response, context, path);
        }
        try {
            if (outage.isDown()) {
                return unavailable(request, response);
            }
            return authenticate(request, response, context, path);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            outage.reportFailure();
            return unavailable(request, response);
        }
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        try {
            ServiceUnavailable.send(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, String path) throws AuthenticationException {
        if (path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            return formLogin(context);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            return restoreFromSession(context, remembered);
        }
        if (context.isProtected()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(path + query, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpMessageContext context) {
        Credential credential = normalized(context.getAuthParameters().getCredential());
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus restoreFromSession(HttpMessageContext context, Principal principal)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), principal)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential != null) {
            CredentialValidationResult result = recentCredentials.validate(credential, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return ApiUnauthorized.send(request, response, "auth.invalidCredentials");
        }
        if (context.isProtected()) {
            return ApiUnauthorized.send(request, response, "auth.required");
        }
        return context.doNothing();
    }

    /** Usernames are stored in lower case; people type them as they like. */
    private static Credential normalized(Credential credential) {
        if (credential instanceof UsernamePasswordCredential up && up.getCaller() != null) {
            return new UsernamePasswordCredential(up.getCaller().trim().toLowerCase(Locale.ROOT), up.getPassword());
        }
        return credential;
    }

    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                decoded.substring(colon + 1));
    }
}
