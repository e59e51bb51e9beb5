package it.callcenter.web.i18n;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * An import's rejection reason, stored language-neutral as {@code field: CODE} parts joined by {@code "; "}, in the
 * reader's words: the field's label ({@code importing.field.<field>}; a custom field {@code customFields.<code>} by
 * its code) and the code's message. A message made for
 * the import ({@code importing.reason.<CODE>}, for codes whose registry message needs arguments the stored form
 * does not keep) comes first, then the registry's own {@code error.<CODE>}; an unknown code is shown as it is.
 */
public final class RejectionReasons {

    private static final String CUSTOM = "customFields.";

    private RejectionReasons() {
    }

    public static UnaryOperator<String> in(Locale locale) {
        return stored -> render(stored, locale);
    }

    public static String render(String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String part : stored.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int colon = part.lastIndexOf(':');
            String field = colon < 0 ? "" : part.substring(0, colon).strip();
            String code = part.substring(colon + 1).strip();
            String label = field.isEmpty() ? null : field.startsWith(CUSTOM) && field.length() > CUSTOM.length()
                    ? known(locale, "importing.field.customField", field.substring(CUSTOM.length()))
                    : known(locale, "importing.field." + fieldKey(field));
            if (label != null) {
                text.append(label).append(": ");
            } else if (!field.isEmpty()) {
                text.append(field).append(": ");
            }
            String message = known(locale, "importing.reason." + code);
            if (message == null) {
                message = known(locale, "error." + code);
            }
            text.append(message == null ? code : message);
        }
        return text.toString();
    }

    /** {@code address.comune} is the comune, {@code contacts[0].value} the contacts. */
    static String fieldKey(String field) {
        String path = field.startsWith("address.") ? field.substring("address.".length()) : field;
        int end = path.length();
        for (char stop : new char[] {'.', '['}) {
            int at = path.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }

    private static String known(Locale locale, String key, Object... arguments) {
        String text = Messages.text(locale, key, arguments);
        return text.equals(key) ? null : text;
    }
}
