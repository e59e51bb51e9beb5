package it.callcenter.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An agent's appointments as an iCalendar document (RFC 5545) for a calendar application to subscribe to: one VEVENT
 * per appointment with a UID that stays the same as long as the appointment exists, times in UTC, the party's name
 * as the summary; text escaped, lines folded at 75 octets, CRLF line ends.
 */
public final class AgendaCalendar {

    public static final String CONTENT_TYPE = "text/calendar";
    static final String CRLF = "\r\n";
    static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private AgendaCalendar() {
    }

    /** The calendar called {@code name}, stamped at {@code now}. */
    public static String of(String name, List<AppointmentView> appointments, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//callcenter//Agenda//IT");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (AppointmentView a : appointments) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(a.id()));
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "CREATED:" + UTC.format(a.bookedAt()));
            line(out, "DTSTART:" + UTC.format(a.start()));
            line(out, "DTEND:" + UTC.format(a.end()));
            line(out, "SUMMARY:" + escape(a.partyName()));
            line(out, "LOCATION:" + escape(a.place()));
            if (a.notes() != null && !a.notes().isBlank()) {
                line(out, "DESCRIPTION:" + escape(a.notes()));
            }
            line(out, "STATUS:CONFIRMED");
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String uid(long appointmentId) {
        return "appointment-" + appointmentId + "@callcenter";
    }

    /** TEXT as RFC 5545 3.3.11 wants it: backslash, semicolon and comma escaped, line breaks as {@code \n}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /**
     * One content line folded as RFC 5545 3.1 wants it: no line longer than 75 octets of UTF-8, each continuation
     * starting with a space, a character never split across lines.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }
}
