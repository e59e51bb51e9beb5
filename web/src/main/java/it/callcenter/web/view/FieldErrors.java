package it.callcenter.web.view;

import it.callcenter.BusinessException;
import it.callcenter.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;
import org.primefaces.component.api.UICalendar;
import org.primefaces.util.CalendarUtils;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A refusal shown where the user fixes it, for a long form whose top is out of sight when its button is pressed:
 * each violation whose field the screen places goes to that field's component (its {@code p:message} shows it, the
 * input and its label are marked), worded with the field's label first ("Codice fiscale: il carattere di controllo
 * non è corretto."); the others, and a count of the fields to fix, go to the page's messages; then the page scrolls
 * to the first field marked ({@code AppForm.showFirstError} in app.js). The request is not marked failed: PrimeFaces
 * would then show an invalid input empty, and what was typed must stay on screen.
 */
public final class FieldErrors {

    /** Where a refused field is on the screen: its component's client id, and the label that names it. */
    public record Target(String clientId, String label) {
    }

    private FieldErrors() {
    }

    /**
     * Shows each violation of {@code refusal}; {@code targets} places a field (as {@link BusinessException#field()}
     * names it) in the locale given, or says it is not on the screen.
     */
    public static void show(BusinessException refusal, BiFunction<String, Locale, Optional<Target>> targets, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        int marked = 0;
        for (BusinessException violation : refusal.violations()) {
            String text = Messages.of(violation, locale);
            Optional<Target> target = violation.field() == null ? Optional.empty() : targets.apply(violation.field(), locale);
            if (target.isPresent()) {
                text = named(target.get().label(), text);
                if (markInvalid(faces, target.get().clientId())) {
                    faces.addMessage(target.get().clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                    marked++;
                    continue;
                }
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        if (marked > 0) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "app.fieldErrors", marked);
            PrimeFaces.current().executeScript("AppForm.showFirstError('" + formId + "')");
        }
    }

    /** "Codice fiscale" and "Il carattere di controllo non è corretto." → "Codice fiscale: il carattere di controllo non è corretto." */
    public static String named(String label, String message) {
        if (label == null || label.isBlank()) {
            return message;
        }
        boolean sentence = message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1));
        return label + ": " + (sentence ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message);
    }

    /**
     * Marks the field invalid (in its row, inside a table or a repeat); false when the screen does not show it. An
     * invalid input is shown with its submitted value (Faces shows an empty one when empty strings count as null), so
     * that value is what the field shows now; a field whose value has no plain text form (a chosen comune, a list of
     * interests) keeps its message without the mark rather than lose what it shows.
     */
    private static boolean markInvalid(FacesContext faces, String clientId) {
        return faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof EditableValueHolder input) {
                Object shown = shown(context, input);
                if (shown != null) {
                    input.setSubmittedValue(shown);
                    input.setValid(false);
                }
            }
        });
    }

    /** What the field shows of its value, as it would submit it; null when that has no plain form. */
    private static Object shown(FacesContext faces, EditableValueHolder input) {
        Object value = input.getValue();
        if (input instanceof UICalendar calendar) {
            return Objects.requireNonNullElse(CalendarUtils.getValueAsString(faces, calendar), "");
        }
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Enum<?>) {
            return value instanceof Enum<?> constant ? constant.name() : value;
        }
        if (input instanceof UISelectMany && value instanceof Collection<?> values
                && values.stream().allMatch(String.class::isInstance)) {
            return values.toArray(String[]::new);
        }
        return null;
    }
}
