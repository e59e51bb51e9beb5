package it.callcenter.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many data records a stored file holds, without reading it all at submission: a file that fits in the first
 * {@link #HEAD_BYTES} is counted exactly; a larger one is estimated from the records in that head (the last,
 * probably cut, aside) and the file's size. The job makes the total exact when it is done.
 */
public record RowEstimate(long rows, boolean exact) {

    static final int HEAD_BYTES = 256 * 1024;

    public static RowEstimate of(Path file, ImportFiles.Format format) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return of(head, size, format);
    }

    static RowEstimate of(byte[] head, long size, ImportFiles.Format format) throws IOException {
        boolean whole = head.length >= size;
        long records = 0;
        long lastLine = 0;
        try (ImportFiles.Records reader = ImportFiles.Records.open(new ByteArrayInputStream(head), format)) {
            for (CsvPort.SourceRecord record = reader.next(); record != null; record = reader.next()) {
                records++;
                lastLine = record.line();
            }
        } catch (IOException | RuntimeException e) {
            if (whole) {
                throw e;
            }
            // a head cut inside a quoted field: count what came before it
        }
        if (whole) {
            return new RowEstimate(records, true);
        }
        long complete = Math.max(0, records - 1);
        if (complete == 0) {
            return new RowEstimate(0, false);
        }
        int used = bytesUpToLine(head, lastLine);
        return new RowEstimate(Math.max(complete, Math.round((double) complete * size / Math.max(1, used))), false);
    }

    /** The bytes of the head before the given 1-based line: the complete records and the header. */
    private static int bytesUpToLine(byte[] head, long line) {
        long seen = 1;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n' && ++seen == line) {
                return i + 1;
            }
        }
        return head.length;
    }
}
