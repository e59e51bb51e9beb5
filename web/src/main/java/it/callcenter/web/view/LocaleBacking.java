package it.callcenter.web.view;

import it.callcenter.security.UserService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the screens: Italian unless the user chose English. The choice is kept in a cookie
 * before sign-in and in the user's account after, so it follows the user to the next session.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    static final String COOKIE = "callcenter-locale";
    private static final Locale ITALIAN = Locale.ITALIAN;

    @EJB
    private UserService users;

    private Locale locale = ITALIAN;

    @PostConstruct
    void init() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (request.getCookies() != null) {
            Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .ifPresent(c -> locale = supported(c.getValue()));
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** After sign-in: the language the user chose last time. */
    public void useAccountLanguage(String language) {
        locale = supported(language);
        remember();
    }

    public void switchTo(String language) {
        locale = supported(language);
        remember();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String user = external.getRemoteUser();
        if (user != null) {
            users.changeLocale(user, locale);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        try {
            external.redirect(sameView(faces));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page being looked at, as a GET: its view with its view parameters ({@code ?id=}, {@code ?type=}) read back
     * from the beans, so a card or a campaign reopens on the same record (the switch is a postback, whose URL has no
     * query string).
     */
    static String sameView(FacesContext faces) {
        String viewId = faces.getViewRoot().getViewId();
        String url = faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, Map.of(), true);
        return faces.getExternalContext().encodeRedirectURL(url, Map.of());
    }

    private void remember() {
        FacesContext.getCurrentInstance().getExternalContext().addResponseCookie(COOKIE, locale.getLanguage(),
                Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true));
    }

    private static Locale supported(String language) {
        return "en".equals(language) ? Locale.ENGLISH : ITALIAN;
    }
}
