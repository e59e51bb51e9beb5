package it.callcenter.compliance;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RpoReturnReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate FILE_DATE = LocalDate.of(2026, 11, 20);

    @Test
    void everySpellingOfTheOutcome() {
        for (String opposed : List.of("OPPOSTO", "opposto", " Opposto ", "SI", "SÌ", "sì", "S", "1", "true", "TRUE", "yes")) {
            assertEquals(Boolean.TRUE, RpoReturnReader.outcome(opposed), opposed);
        }
        for (String free : List.of("NON OPPOSTO", "non opposto", "NON_OPPOSTO", "non-opposto", "Non  opposto", "NO", "n",
                "0", "false", "FALSE")) {
            assertEquals(Boolean.FALSE, RpoReturnReader.outcome(free), free);
        }
        for (String neither : List.of("", "forse", "2", "OPPOSTA?", "non")) {
            assertNull(RpoReturnReader.outcome(neither), neither);
        }
    }

    @Test
    void aHeaderWithSemicolonsAndTheFileDate() throws IOException {
        List<RpoReturnReader.Line> lines = read("numero;esito\r\n3331234567;OPPOSTO\r\n0612345678;NON OPPOSTO\r\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(
                new RpoReturnReader.Line(2, new RpoAnswer("+393331234567", FILE_DATE, true), null),
                new RpoReturnReader.Line(3, new RpoAnswer("+390612345678", FILE_DATE, false), null)), lines);
    }

    @Test
    void commasAByteOrderMarkAndColumnsInAnotherOrder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("Esito,Numero\n1,+39 333 765 4321\n0,0039 347 1112223\n".getBytes(StandardCharsets.UTF_8));
        List<RpoReturnReader.Line> lines = read(bytes.toByteArray());
        assertEquals(new RpoAnswer("+393337654321", FILE_DATE, true), lines.get(0).answer());
        assertEquals(new RpoAnswer("+393471112223", FILE_DATE, false), lines.get(1).answer());
        assertEquals(2, lines.size(), "the header, with its byte order mark, is not a line of data");
    }

    @Test
    void aDateOnTheLineWinsOverTheFileDate() throws IOException {
        List<RpoReturnReader.Line> lines = read("numero;esito;data\n3331234567;SI;03/11/2026\n3331234568;NO;\n"
                + "3331234569;NO;7/1/2026\n", StandardCharsets.UTF_8);
        assertEquals(LocalDate.of(2026, 11, 3), lines.get(0).answer().checkedOn());
        assertEquals(FILE_DATE, lines.get(1).answer().checkedOn(), "an empty date is the file's");
        assertEquals(LocalDate.of(2026, 1, 7), lines.get(2).answer().checkedOn());
    }

    @Test
    void withoutAHeaderTheFirstLineIsData() throws IOException {
        List<RpoReturnReader.Line> lines = read("3331234567;OPPOSTO\n3331234568;NON OPPOSTO\n", StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertEquals(1, lines.get(0).line());
        assertTrue(lines.get(0).answer().opposed());
        assertFalse(lines.get(1).answer().opposed());
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumbersAndTheOthersKept() throws IOException {
        List<RpoReturnReader.Line> lines = read("numero;esito;data\n"
                + "12ab;OPPOSTO;\n"
                + "3331234567;FORSE;\n"
                + "\n"
                + "3331234568;SI;31/02/2026\n"
                + "3331234569;SI;01/12/2026\n"
                + ";SI;\n"
                + "3331234570\n"
                + "3331234571;NO;23/11/2026\n", StandardCharsets.UTF_8);
        List<String> rejections = new ArrayList<>();
        lines.stream().filter(l -> l.answer() == null).forEach(l -> rejections.add(l.line() + ":" + l.rejection()));
        assertEquals(List.of("2:RPO_NUMBER_INVALID", "3:RPO_OUTCOME_INVALID", "5:RPO_DATE_INVALID",
                "6:RPO_DATE_IN_FUTURE", "7:RPO_NUMBER_INVALID", "8:RPO_OUTCOME_INVALID"), rejections);
        assertEquals(new RpoReturnReader.Line(9, new RpoAnswer("+393331234571", TODAY, false), null), lines.get(lines.size() - 1));
    }

    @Test
    void windows1252Headers() throws IOException {
        List<RpoReturnReader.Line> lines = read("Numero;Esito;Data\r\n3331234567;S\u00cc;01/11/2026\r\n",
                Charset.forName("windows-1252"));
        assertEquals(new RpoAnswer("+393331234567", LocalDate.of(2026, 11, 1), true), lines.get(0).answer());
    }

    @Test
    void ofTwoAnswersForOneNumberTheLaterCheckWins() {
        RpoAnswer old = new RpoAnswer("+393331234567", LocalDate.of(2026, 11, 1), true);
        RpoAnswer recent = new RpoAnswer("+393331234567", LocalDate.of(2026, 11, 20), false);
        assertEquals(recent, RpoAnswer.latest(old, recent));
        assertEquals(recent, RpoAnswer.latest(recent, old));
    }

    private static List<RpoReturnReader.Line> read(String text, Charset charset) throws IOException {
        return read(text.getBytes(charset));
    }

    private static List<RpoReturnReader.Line> read(byte[] bytes) throws IOException {
        List<RpoReturnReader.Line> lines = new ArrayList<>();
        try (RpoReturnReader reader = RpoReturnReader.open(new ByteArrayInputStream(bytes), FILE_DATE, TODAY)) {
            for (RpoReturnReader.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
