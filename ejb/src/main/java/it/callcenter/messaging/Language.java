package it.callcenter.messaging;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The language a template is written in: how its dates read and the opt-out line it gets. */
public enum Language {
    it(Locale.ITALIAN), en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
    }
}
