package it.callcenter.reporting.jasper;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bundle as a template's {@code $R{…}} must print it. The web bundles are MessageFormat patterns ({@code ''} for an
 * apostrophe); a label without arguments is handed over as the reader reads it, one with arguments ({@code {0}}) as the
 * pattern, for the template's {@code msg(...)} to format.
 */
final class ReaderBundle extends ResourceBundle {

    private final ResourceBundle patterns;
    private final Locale locale;

    ReaderBundle(ResourceBundle patterns, Locale locale) {
        this.patterns = patterns;
        this.locale = locale;
    }

    @Override
    protected Object handleGetObject(String key) {
        if (!patterns.containsKey(key)) {
            return null;
        }
        String pattern = patterns.getString(key);
        return pattern.contains("{") ? pattern : new MessageFormat(pattern, locale).format(new Object[0]);
    }

    @Override
    public Enumeration<String> getKeys() {
        return patterns.getKeys();
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

}
