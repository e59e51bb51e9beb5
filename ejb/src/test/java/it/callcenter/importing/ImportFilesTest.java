package it.callcenter.importing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ImportFilesTest {

    private static final String FILE = "Cognome;Note;Comune\r\n"
            + "Rossi;\"prima riga\r\nseconda \"\"citata\"\"\";Forl\u00ec\r\n"
            + "\r\n"
            + "Bianchi;;Roma\r\n"
            + "Verdi;x;Milano";

    @Test
    void readsQuotedNewLinesDoubledQuotesAndSkipsBlankLinesKeepingLineNumbers() throws IOException {
        List<CsvPort.SourceRecord> records = read(bom(FILE.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, 0);
        assertEquals(3, records.size());
        assertEquals(2, records.get(0).line());
        assertEquals(List.of("Rossi", "prima riga\r\nseconda \"citata\"", "Forl\u00ec"), records.get(0).values());
        assertEquals(5, records.get(1).line());
        assertEquals(List.of("Bianchi", "", "Roma"), records.get(1).values());
        assertEquals(6, records.get(2).line());
    }

    @Test
    void resumingSkipsTheRecordsAlreadyCommitted() throws IOException {
        List<CsvPort.SourceRecord> records = read(FILE.getBytes(FileSniffer.WINDOWS_1252), FileSniffer.WINDOWS_1252, 2);
        assertEquals(1, records.size());
        assertEquals("Verdi", records.get(0).values().get(0));
        assertEquals(6, records.get(0).line());
        assertEquals(0, read(FILE.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 5).size());
    }

    @Test
    void sniffsAStoredWindows1252File() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("import", ".csv");
        try {
            java.nio.file.Files.write(file, FILE.getBytes(FileSniffer.WINDOWS_1252));
            ImportFiles.Format format = ImportFiles.sniff(file);
            assertEquals(FileSniffer.WINDOWS_1252, format.encoding());
            assertEquals(';', format.delimiter());
            try (ImportFiles.Records records = ImportFiles.Records.open(file, format)) {
                assertEquals("Forl\u00ec", records.next().values().get(2));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void aRejectedRowIsKeptAsOneLineAndReadBack() throws IOException {
        CsvPort csv = ImportFiles.csv();
        List<String> values = List.of("a;b", "riga\nnuova", "=1+1", "\"x\"");
        assertEquals(values, csv.values(csv.line(values)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvPort.RowWriter writer = csv.write(out)) {
            writer.row(List.of("Cognome", "motivo"));
        }
        assertEquals("\uFEFFCognome;motivo\r\n", out.toString(StandardCharsets.UTF_8));
    }

    private static List<CsvPort.SourceRecord> read(byte[] bytes, java.nio.charset.Charset encoding, long skip) throws IOException {
        List<CsvPort.SourceRecord> result = new ArrayList<>();
        try (ImportFiles.Records records = ImportFiles.Records.open(new ByteArrayInputStream(bytes),
                new ImportFiles.Format(encoding, ';'))) {
            assertEquals(List.of("Cognome", "Note", "Comune"), records.header());
            records.skip(skip);
            for (CsvPort.SourceRecord r = records.next(); r != null; r = records.next()) {
                result.add(r);
            }
            assertNull(records.next());
        }
        return result;
    }

    private static byte[] bom(byte[] bytes) {
        byte[] result = new byte[bytes.length + 3];
        result[0] = (byte) 0xEF;
        result[1] = (byte) 0xBB;
        result[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, result, 3, bytes.length);
        return result;
    }
}
