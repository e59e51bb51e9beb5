package it.callcenter.messaging;

import java.util.Locale;
import java.util.Optional;

/**
 * What a template may name between braces, in Italian or in English ({@code {nome}} and {@code {first_name}} are the
 * same). The party's fields fit every message; the appointment's only the appointment reminder.
 */
public enum Placeholder {
    FIRST_NAME("nome", "first_name", "coalesce(p.first_name, p.company_name, '')"),
    LAST_NAME("cognome", "last_name", "coalesce(p.last_name, '')"),
    FULL_NAME("nome_completo", "full_name", "p.display_name"),
    APPOINTMENT_DATE("data_appuntamento", "appointment_date", null),
    APPOINTMENT_TIME("ora_appuntamento", "appointment_time", null),
    APPOINTMENT_PLACE("luogo_appuntamento", "appointment_place", null);

    private final String italian;
    private final String english;
    private final String partySql;

    Placeholder(String italian, String english, String partySql) {
        this.italian = italian;
        this.english = english;
        this.partySql = partySql;
    }

    public static Optional<Placeholder> named(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Placeholder p : values()) {
            if (p.italian.equals(key) || p.english.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public String italian() {
        return italian;
    }

    public String english() {
        return english;
    }

    /** As a template writes it, in the language of the page ({@code {nome}}, {@code {first_name}}). */
    public String token(Locale locale) {
        return "{" + (locale != null && "en".equals(locale.getLanguage()) ? english : italian) + "}";
    }

    public boolean ofAppointment() {
        return partySql == null;
    }

    /** The party's value as SQL over {@code party p} (fixed text); null for the appointment's. */
    String partySql() {
        return partySql;
    }
}
