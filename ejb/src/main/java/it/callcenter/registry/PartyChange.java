package it.callcenter.registry;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a party's history as the card shows it: a status move ({@code what} = STATUS, from → to) or
 * a consent change ({@code what} = the consent, to = granted or not, {@code source} = where it came from, {@code detail}
 * how the source says it was given and which file it came from, for an import).
 */
public record PartyChange(Instant at, String by, String what, String from, String to, String source, String detail)
        implements Serializable {

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Rome"));

    public Instant getAt() {
        return at;
    }

    /** The moment as Italian users read it, in Europe/Rome. */
    public String getAtText() {
        return SHOWN.format(at);
    }

    public String getBy() {
        return by;
    }

    public String getWhat() {
        return what;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getSource() {
        return source;
    }

    public String getDetail() {
        return detail;
    }
}
