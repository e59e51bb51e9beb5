package it.callcenter.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

/**
 * The uploaded files, under the server's data directory: stored whole before a job refers to them, read as
 * records of data (the header and blank lines aside) with the encoding and delimiter found at upload.
 */
public final class ImportFiles {

    public static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final CsvPort CSV = new it.callcenter.importing.csv.CommonsCsvPort();

    private ImportFiles() {
    }

    public static CsvPort csv() {
        return CSV;
    }

    public static Path directory() throws IOException {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Files.createDirectories(Paths.get(data, "callcenter-imports"));
    }

    /** Copies the upload to a new file; refuses (and deletes) one over {@link #MAX_BYTES}. */
    /** Deletes a stored upload that no job refers to (its submission was refused). */
    public static void discard(Path stored) {
        try {
            Files.deleteIfExists(stored);
        } catch (IOException e) {
            // the file stays in the data directory; nothing refers to it
        }
    }

    public static Path store(InputStream in) throws IOException {
        Path file = directory().resolve(UUID.randomUUID() + ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new FileTooLargeException();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Thrown when an upload is larger than {@link #MAX_BYTES}. */
    public static final class FileTooLargeException extends RuntimeException {
        public FileTooLargeException() {
            super("Import file larger than " + MAX_BYTES + " bytes");
        }
    }

    /** The encoding and delimiter of a stored file, from its first 64 KB. */
    public record Format(Charset encoding, char delimiter) {
    }

    public static Format sniff(Path file) throws IOException {
        byte[] head = new byte[FileSniffer.HEAD_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        Charset encoding = FileSniffer.encoding(head, length);
        int start = FileSniffer.hasBom(head, length) ? 3 : 0;
        return new Format(encoding, FileSniffer.delimiter(new String(head, start, length - start, encoding)));
    }

    /** Data records of a file: {@link #header()} first, then {@link #next()} until null. */
    public static final class Records implements AutoCloseable {
        private final CsvPort.RecordReader reader;
        private final List<String> header;

        private Records(CsvPort.RecordReader reader) throws IOException {
            this.reader = reader;
            CsvPort.SourceRecord first = nextNonBlank();
            this.header = first == null ? List.of() : first.values();
        }

        public static Records open(Path file, Format format) throws IOException {
            return open(Files.newInputStream(file), format);
        }

        public static Records open(InputStream raw, Format format) throws IOException {
            BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!FileSniffer.hasBom(bom, bom.length)) {
                in.reset();
            }
            Reader reader = new InputStreamReader(in, format.encoding());
            return new Records(CSV.read(reader, format.delimiter()));
        }

        public List<String> header() {
            return header;
        }

        /** The next data record, blank lines skipped; null at the end. */
        public CsvPort.SourceRecord next() throws IOException {
            return nextNonBlank();
        }

        /** Skips the first {@code count} data records: those an interrupted job already committed. */
        public void skip(long count) throws IOException {
            for (long i = 0; i < count && next() != null; i++) {
                // skipping
            }
        }

        private CsvPort.SourceRecord nextNonBlank() throws IOException {
            for (CsvPort.SourceRecord record = reader.next(); record != null; record = reader.next()) {
                if (!record.blank()) {
                    return record;
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
