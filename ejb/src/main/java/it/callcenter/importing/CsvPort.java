package it.callcenter.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;

/** What importing needs of a CSV library: read records with their line numbers, write rows. */
public interface CsvPort {

    /** A record of the file: the line it starts on (1-based, a quoted new line makes it span more) and its values. */
    record SourceRecord(long line, List<String> values) {
        public boolean blank() {
            return values.stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    interface RecordReader extends Closeable {
        /** The next record, blank lines included (as a blank record); null at the end. */
        SourceRecord next() throws IOException;
    }

    interface RowWriter extends Closeable {
        void row(List<String> values) throws IOException;
    }

    RecordReader read(Reader in, char delimiter) throws IOException;

    /** Rows as Excel opens them on an Italian desktop: {@code ;}, CRLF, UTF-8 with a byte order mark. */
    RowWriter write(OutputStream out) throws IOException;

    /** One record as a single CSV line with {@code ;} (quoted as needed), to keep a rejected row as it came. */
    String line(List<String> values);

    /** The values of a line made by {@link #line}. */
    List<String> values(String line);
}
