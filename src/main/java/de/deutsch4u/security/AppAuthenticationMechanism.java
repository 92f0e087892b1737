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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Two ways in, one set of accounts (../shared/stack.md §11.2): the pages use a form login that is kept
 * in the HTTP session; {@code /api/*} uses HTTP Basic on every request and never creates a session.
 * Either way the account is read on every request: a deactivated account is out at once (contract §6),
 * even in a page session that signed in before, and a temporary password leads only to the change.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String CHANGE_PASSWORD_PAGE = "/account/password.xhtml";
    private static final String CHANGE_PASSWORD_API = "/api/users/me/password";
    /** Request attribute for the login page: seconds until the lock of the username ends. */
    static final String LOCKED_SECONDS = AppAuthenticationMechanism.class.getName() + ".lockedSeconds";

    @Inject
    private SignInCheck signInCheck;

    @Inject
    private SignInAccounts accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private DatabaseOutage outage;

    /**
     * Runs before every servlet filter and before JAX-RS, and most ways in read the database: so this is
     * where a database outage becomes a 503 instead of a 500 with an empty body (contract §8).
     */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
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

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String path)
            throws AuthenticationException {
        if (path.startsWith("/api/")) {
            return basic(request, response, context, path);
        }
        if (context.isAuthenticationRequest()) {
            return formLogin(request, context);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            return restoreFromSession(request, context, remembered, path);
        }
        if (context.isProtected()) {
            return toLoginPage(request, context, path);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential typed) || typed.getCaller() == null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInCheck.Outcome outcome = signInCheck.check(
                typed.getCaller().trim().toLowerCase(Locale.ROOT),
                typed.getPasswordAsString(),
                request.getRemoteAddr(),
                "PAGE");
        if (outcome.status() == SignInCheck.Status.LOCKED) {
            request.setAttribute(LOCKED_SECONDS, outcome.retryAfterSeconds());
        }
        if (outcome.status() != SignInCheck.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        StoredAccount account = outcome.account();
        throttle.recordSignIn(account, request.getRemoteAddr());
        Set<String> groups = Set.of(account.role().name());
        context.setRegisterSession(account.username(), groups);
        return context.notifyContainerAboutLogin(account.username(), groups);
    }

    /**
     * Only for protected pages: static resources and the login page do not need the account read. A
     * deactivated account loses its session; a reset one is sent to the change form; the role is the account's.
     */
    private AuthenticationStatus restoreFromSession(
            HttpServletRequest request, HttpMessageContext context, Principal principal, String path)
            throws AuthenticationException {
        if (context.isProtected()) {
            Optional<StoredAccount> account = accounts.find(principal.getName());
            if (account.isEmpty() || !account.get().active()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                return toLoginPage(request, context, path);
            }
            if (account.get().passwordChangeRequired() && !path.equals(CHANGE_PASSWORD_PAGE)) {
                return context.redirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            }
            // The role comes from the account, not from the session: a session that moved to another instance of a
            // cluster (contract §10) brings the caller's name but not the groups, which would make every page a 403.
            return context.notifyContainerAboutLogin(
                    principal.getName(), Set.of(account.get().role().name()));
        }
        try {
            context.getHandler()
                    .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), principal)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    private static AuthenticationStatus toLoginPage(
            HttpServletRequest request, HttpMessageContext context, String path) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                + URLEncoder.encode(path + query, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String path) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential == null) {
            return context.isProtected()
                    ? ApiAuthFailure.unauthorized(request, response, "auth.required")
                    : context.doNothing();
        }
        SignInCheck.Outcome outcome = signInCheck.check(
                credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr(), "API");
        switch (outcome.status()) {
            case LOCKED -> {
                return ApiAuthFailure.locked(request, response, outcome.retryAfterSeconds());
            }
            case INVALID -> {
                return ApiAuthFailure.unauthorized(request, response, "auth.invalidCredentials");
            }
            default -> {
                StoredAccount account = outcome.account();
                boolean changingPassword = path.equals(CHANGE_PASSWORD_API) && "PUT".equals(request.getMethod());
                if (account.passwordChangeRequired() && !changingPassword) {
                    return ApiAuthFailure.send(
                            request, response, HttpServletResponse.SC_FORBIDDEN, "password.changeRequired");
                }
                request.setAttribute(SignedInAccount.REQUEST_ATTRIBUTE, account.facts());
                return context.notifyContainerAboutLogin(
                        account.username(), Set.of(account.role().name()));
            }
        }
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
        return new UsernamePasswordCredential(
                decoded.substring(0, colon).trim().toLowerCase(Locale.ROOT), decoded.substring(colon + 1));
    }
}
