package it.callcenter.registry.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxRowWriterTest {

    /** Read through the central directory, as Excel does (the streamed entries carry their sizes after the data). */
    static Map<String, String> entries(byte[] file) throws IOException {
        Path copy = Files.createTempFile("export", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(copy, file).toFile())) {
            Map<String, String> entries = new HashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return entries;
        } finally {
            Files.delete(copy);
        }
    }

    static String unescape(String xml) {
        return xml.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    @Test
    void writesDangerousValuesAsQuotedTextNeverAsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxRowWriter writer = new XlsxRowWriter(out);
        writer.header(List.of("Ragione sociale", "Indirizzo", "Cellulare", "Nome", "Creato il"));
        for (int i = 0; i < XlsxRowWriter.FLUSH_EVERY + 10; i++) {
            writer.row(Arrays.asList("=HYPERLINK(\"http://x\")", "@cmd", "+393331234567", i % 2 == 0 ? "-2" : null,
                    LocalDateTime.of(2025, 3, 14, 9, 5)));
        }
        writer.finish();

        String xml = entries(out.toByteArray()).get("xl/worksheets/sheet1.xml");
        assertTrue(xml != null, "no sheet1.xml");
        assertFalse(xml.contains("<f>") || xml.contains("<f "), "a formula element");
        String sheet = unescape(xml);
        assertTrue(sheet.contains("<t>'=HYPERLINK(\"http://x\")</t>"));
        assertTrue(sheet.contains("'@cmd"));
        assertTrue(sheet.contains("'+393331234567"));
        assertTrue(sheet.contains("'-2"));
        assertTrue(sheet.contains("Ragione sociale"));
        assertTrue(sheet.contains("r=\"A" + (XlsxRowWriter.FLUSH_EVERY + 11) + "\""), "the last row");
    }
}
