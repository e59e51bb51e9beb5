package it.callcenter.web.i18n;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignState;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI bundle from Java code: Italian first ({@code messages.properties}), English second. Business rule
 * violations are shown through the key {@code error.<CODE>}.
 */
public final class Messages {

    public static final String BUNDLE = "it.callcenter.web.i18n.messages";

    /** A refusal that names a state says it as the screens do ("Bozza", not DRAFT): the keys of each kind of code. */
    private static final Map<Class<?>, String> LABELS = Map.of(CampaignState.class, "campaign.state.");

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A label as the bundle has it, not run through MessageFormat: the same text a page shows with {@code msg['key']}. */
    public static String label(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String of(BusinessException e, Locale locale) {
        Object[] arguments = e.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Enum<?> code && LABELS.containsKey(code.getDeclaringClass())) {
                arguments[i] = text(locale, LABELS.get(code.getDeclaringClass()) + code.name());
            }
        }
        return text(locale, e.messageKey(), arguments);
    }

    /** Adds a message for the current view, in its locale. */
    public static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** The screens' one way of showing a refusal: each thing wrong as an error message of the view. */
    public static void add(BusinessException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (BusinessException violation : e.violations()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, of(violation, faces.getViewRoot().getLocale()), null));
        }
    }

    /** As {@link #add(BusinessException)}, and marks the request failed so that a dialog stays open. */
    public static void refuse(BusinessException e) {
        FacesContext.getCurrentInstance().validationFailed();
        add(e);
    }
}
