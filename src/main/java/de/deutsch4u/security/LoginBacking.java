package de.deutsch4u.security;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The login page and the logout button. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesMessages messages;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Caller caller;

    private String username;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username, new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId(); // no session fixation
                external.redirect(external.getRequestContextPath() + SafeRedirect.target(continueTo));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (request.getAttribute(AppAuthenticationMechanism.LOCKED_SECONDS) instanceof Long seconds) {
                    messages.error(
                            "login.message.error.locked",
                            LocalTime.now(Today.ZONE)
                                    .plusSeconds(seconds)
                                    .truncatedTo(ChronoUnit.MINUTES)
                                    .plusMinutes(1)
                                    .format(DateTimeFormatter.ofPattern("HH:mm")));
                } else {
                    messages.error("login.message.error.failed");
                }
            }
        }
        password = null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (securityContext.getCallerPrincipal() != null) {
            throttle.recordSignOut(securityContext.getCallerPrincipal().getName(), caller.id());
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
