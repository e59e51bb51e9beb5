package it.callcenter.agenda;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaCalendarTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("Via Roma 1\\, 20121 Milano", AgendaCalendar.escape("Via Roma 1, 20121 Milano"));
        assertEquals("a\\;b\\\\c", AgendaCalendar.escape("a;b\\c"));
        assertEquals("prima riga\\nseconda\\nterza\\nquarta", AgendaCalendar.escape("prima riga\r\nseconda\nterza\rquarta"));
        assertEquals("", AgendaCalendar.escape(null));
    }

    @Test
    void aShortLineIsLeftAlone() {
        String line = "SUMMARY:" + "x".repeat(67);
        assertEquals(75, line.length());
        assertEquals(line, AgendaCalendar.fold(line));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithALeadingSpace() {
        String line = "DESCRIPTION:" + "a".repeat(200);
        String folded = AgendaCalendar.fold(line);
        String[] parts = folded.split("\r\n", -1);
        assertEquals(3, parts.length, folded);
        assertEquals(75, parts[0].length());
        assertTrue(parts[1].startsWith(" ") && parts[2].startsWith(" "));
        assertEquals(75, parts[1].length());
        assertEquals(line, folded.replace("\r\n ", ""), "unfolding gives the line back");
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        String line = "LOCATION:x" + "è".repeat(100);
        String folded = AgendaCalendar.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
            assertFalse(part.contains("\uFFFD"));
        }
        assertEquals(line, folded.replace("\r\n ", ""));
        assertEquals(74, folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8).length, "10 + 32 × 2 octets: a 33rd è (2 octets) would make 76");
    }

    @Test
    void oneEventPerAppointmentInUtcWithAStableUidAndCrlfEverywhere() {
        AppointmentView visit = new AppointmentView(150, 7, "Rossi, Mario", null, "agente1", "Giorgio Verdi",
                Instant.parse("2026-03-10T09:30:00Z"), Instant.parse("2026-03-10T10:30:00Z"), "Via Roma 1; scala B",
                "Portare il contratto\nchiedere di Anna", Appointment.State.BOOKED, "operator1",
                Instant.parse("2026-03-02T07:00:00Z"), 0);
        AppointmentView other = new AppointmentView(200, 8, "Bianchi Srl", null, "agente1", "Giorgio Verdi",
                Instant.parse("2026-03-11T14:00:00Z"), Instant.parse("2026-03-11T14:45:00Z"), "Milano", null,
                Appointment.State.BOOKED, "operator2", Instant.parse("2026-03-02T07:30:00Z"), 0);

        String ics = AgendaCalendar.of("Giorgio Verdi", List.of(visit, other), NOW);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.contains("\r\nUID:appointment-150@callcenter\r\n"));
        assertTrue(ics.contains("\r\nDTSTART:20260310T093000Z\r\nDTEND:20260310T103000Z\r\n"));
        assertTrue(ics.contains("\r\nSUMMARY:Rossi\\, Mario\r\n"));
        assertTrue(ics.contains("\r\nLOCATION:Via Roma 1\\; scala B\r\n"));
        assertTrue(ics.contains("\r\nDESCRIPTION:Portare il contratto\\nchiedere di Anna\r\n"));
        assertTrue(ics.contains("\r\nDTSTAMP:20260302T080000Z\r\n"));
        assertEquals(1, ics.split("DESCRIPTION:", -1).length - 1, "no description without notes");
        assertEquals(ics.replace("DTSTAMP:20260302T080000Z", "DTSTAMP:20260303T080000Z"),
                AgendaCalendar.of("Giorgio Verdi", List.of(visit, other), NOW.plusSeconds(86_400)),
                "the same appointments give the same events, UIDs included, whenever read");
    }
}
