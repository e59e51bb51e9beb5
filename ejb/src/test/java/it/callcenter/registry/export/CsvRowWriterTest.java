package it.callcenter.registry.export;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvRowWriterTest {

    private static byte[] write(List<?>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRowWriter writer = new CsvRowWriter(out);
        writer.header(List.of("Nominativo", "Indirizzo", "Cellulare", "Creato il"));
        for (List<?> row : rows) {
            writer.row(row);
        }
        writer.finish();
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] file) throws IOException {
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CsvRowWriter.FORMAT)) {
            return parser.getRecords();
        }
    }

    @Test
    void startsWithTheBomAndSeparatesWithSemicolonsAndCrlf() throws IOException {
        byte[] file = write(Arrays.asList("Citt\u00e0 Srl", null, "+393331234567", LocalDateTime.of(2025, 3, 14, 9, 5)));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Nominativo;Indirizzo;Cellulare;Creato il\r\n"), text);
        assertTrue(text.endsWith("Citt\u00e0 Srl;;'+393331234567;14/03/2025 09:05\r\n"), text);
    }

    @Test
    void neutralisesFormulasAndQuotesWhatNeedsIt() throws IOException {
        List<CSVRecord> records = parse(write(
                List.of("=HYPERLINK(\"http://x\")", "@cmd", "-2", "Via Roma; 1\r\nscala B"),
                List.of("=1+2", "\tx", "\rx", "Rossi \"Mario\"")));
        assertEquals(3, records.size());
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'@cmd", "'-2", "Via Roma; 1\r\nscala B"), records.get(1).toList());
        assertEquals(List.of("'=1+2", "'\tx", "'\rx", "Rossi \"Mario\""), records.get(2).toList());
    }
}
