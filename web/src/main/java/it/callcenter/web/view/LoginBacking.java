package it.callcenter.web.view;

import it.callcenter.BusinessException;
import it.callcenter.security.UserService;
import it.callcenter.web.security.CallCenterAuthenticationMechanism;
import it.callcenter.web.security.LoginToken;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The login screen: signs in, then goes back to the page first asked for, or home; says why when the sign-in was
 * throttled or the page had expired. Also signs out.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LocaleBacking localeBacking;

    @EJB
    private UserService users;

    private String username;
    private String password;

    public void login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            users.findByUsername(external.getRemoteUser()).ifPresent(u -> localeBacking.useAccountLanguage(u.locale()));
            redirect(external, external.getRequestContextPath() + safeTarget(external.getRequestParameterMap().get("continue")));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            password = null;
            Object refusal = external.getRequestMap().get(CallCenterAuthenticationMechanism.REFUSAL);
            if (refusal instanceof BusinessException e) {
                Messages.add(e);
            } else {
                Messages.add(null, FacesMessage.SEVERITY_ERROR, "login.failed");
            }
        }
    }

    /** Before the page renders: the session of the login form and its token, while the response can still set the cookie. */
    public void prepareToken() {
        LoginToken.issue(request());
    }

    public String getToken() {
        return LoginToken.issue(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public void logout() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e);
        }
        external.invalidateSession();
        redirect(external, external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    /** Only a path of this application: never an address elsewhere. */
    static String safeTarget(String continueTo) {
        if (continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\") && !continueTo.startsWith("/login.xhtml")) {
            return continueTo;
        }
        return "/index.xhtml";
    }

    private static void redirect(ExternalContext external, String url) {
        try {
            external.redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
