package it.callcenter.importing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowEstimateTest {

    private static final ImportFiles.Format FORMAT = new ImportFiles.Format(StandardCharsets.UTF_8, ';');

    @Test
    void aFileThatFitsInTheHeadIsCountedExactlyQuotedNewLinesAndBlankLinesAside() throws Exception {
        byte[] file = "Cognome;Note\r\nRossi;\"due\r\nrighe\"\r\n\r\nVerdi;x\r\n".getBytes(StandardCharsets.UTF_8);
        RowEstimate estimate = RowEstimate.of(file, file.length, FORMAT);
        assertEquals(new RowEstimate(2, true), estimate);
    }

    @Test
    void aLargerFileIsEstimatedFromItsHeadWithinAFewPercent() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Cognome;Nome;Cellulare\r\n".getBytes(StandardCharsets.UTF_8));
        int rows = 100_000;
        for (int i = 0; i < rows; i++) {
            out.writeBytes(("Cognome" + i + ";Nome;347" + (1_000_000 + i) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] file = out.toByteArray();
        byte[] head = Arrays.copyOf(file, RowEstimate.HEAD_BYTES);
        RowEstimate estimate = RowEstimate.of(head, file.length, FORMAT);
        assertFalse(estimate.exact());
        assertTrue(Math.abs(estimate.rows() - rows) < rows * 0.05, "estimated " + estimate.rows());
    }

    @Test
    void aHeadCutInsideAQuotedFieldStillGivesAnEstimate() throws Exception {
        String row = "Rossi;\"nota lunga\r\nsu due righe\"\r\n";
        String text = "Cognome;Note\r\n" + row.repeat(100) + "Verdi;\"tagliata qui";
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        RowEstimate estimate = RowEstimate.of(head, head.length * 10L, FORMAT);
        assertFalse(estimate.exact());
        assertTrue(estimate.rows() >= 900 && estimate.rows() <= 1100, "estimated " + estimate.rows());
    }
}
