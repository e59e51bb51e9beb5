package it.callcenter.messaging;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What every message of a kind carries besides its template, in the template's language
 * ({@code MessageTexts.properties}): a marketing SMS ends with how to stop them (reply STOP), a marketing e-mail with
 * its unsubscribe link. A template's text and the bodies made from it ({@link #smsBody}, {@link #mailBody}).
 */
public final class MessageTexts {

    private MessageTexts() {
    }

    static String text(Language language, String key, Object... arguments) {
        // no fallback to the JVM's default locale: on a server in English the Italian texts (the base bundle) stay Italian
        String pattern = ResourceBundle.getBundle("it.callcenter.messaging.MessageTexts", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** An SMS as sent: the template with its values, and for marketing the STOP line. */
    public static String smsBody(MessageTemplate template, Map<Placeholder, String> values, Purpose purpose, Language language) {
        return template.render(values) + smsTail(purpose, language);
    }

    /** What every SMS of the template has whatever its values: for the segment count of a whole campaign. */
    static String smsFixedText(MessageTemplate template, Purpose purpose, Language language) {
        return template.fixedText() + smsTail(purpose, language);
    }

    static String smsTail(Purpose purpose, Language language) {
        return purpose.marketing() ? "\n" + text(language, "sms.optOut") : "";
    }

    /** An e-mail's text as sent: the template with its values, and for marketing the unsubscribe line with its link. */
    public static String mailBody(MessageTemplate template, Map<Placeholder, String> values, Purpose purpose,
                                  Language language, String unsubscribeUrl) {
        String body = template.render(values);
        return purpose.marketing() ? body + "\n\n-- \n" + text(language, "mail.optOut", unsubscribeUrl) : body;
    }
}
