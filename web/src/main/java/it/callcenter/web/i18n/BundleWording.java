package it.callcenter.web.i18n;

import it.callcenter.registry.TimelineEvent;
import it.callcenter.reporting.ReportWording;

import java.util.Locale;
import java.util.ResourceBundle;

/** A report's words in the reader's language: this module's bundles, and timeline events worded as the card words them. */
public record BundleWording(Locale locale) implements ReportWording {

    @Override
    public ResourceBundle labels() {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String timeline(TimelineEvent event) {
        return TimelineTexts.text(event, locale);
    }
}
