package it.callcenter.reporting;

import it.callcenter.registry.TimelineEvent;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a report, in the reader's language: the labels ({@code report.…} and the registry's own keys) of the
 * web module's bundles, and a timeline event worded as the party's card words it. Handed in by the caller (the API,
 * a screen), which owns the bundles; the templates read the same bundle through {@code $R{…}}.
 */
public interface ReportWording {

    Locale locale();

    ResourceBundle labels();

    /** A timeline event as its reader reads it on the card. */
    String timeline(TimelineEvent event);

    /** A label with its arguments, formatted as every pattern of the bundles is ({@code ''} for an apostrophe); the key itself when the bundle lacks it. */
    default String text(String key, Object... arguments) {
        try {
            return new MessageFormat(labels().getString(key), locale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
