package it.callcenter.importing.csv;

import it.callcenter.importing.CsvPort;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * {@link CsvPort} on Commons CSV. Empty lines are kept as records, so the parser's line counter always points at
 * the end of the previous record and the next record starts one line later, quoted new lines included.
 */
public final class CommonsCsvPort implements CsvPort {

    private static final CSVFormat OUT = CSVFormat.Builder.create(CSVFormat.RFC4180)
            .setDelimiter(';').setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public RecordReader read(Reader in, char delimiter) throws IOException {
        CSVParser parser = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).setTrim(false).get().parse(in);
        Iterator<CSVRecord> records = parser.iterator();
        return new RecordReader() {
            private long linesBefore;

            @Override
            public SourceRecord next() throws IOException {
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    CSVRecord record = records.next();
                    SourceRecord result = new SourceRecord(linesBefore + 1, record.toList());
                    linesBefore = parser.getCurrentLineNumber();
                    return result;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }

    @Override
    public RowWriter write(OutputStream out) throws IOException {
        out.write(BOM);
        CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), OUT);
        return new RowWriter() {
            @Override
            public void row(List<String> values) throws IOException {
                printer.printRecord(values);
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    @Override
    public String line(List<String> values) {
        return OUT.format(values.toArray());
    }

    @Override
    public List<String> values(String line) {
        try (CSVParser parser = OUT.parse(new StringReader(line))) {
            return parser.getRecords().stream().findFirst().map(CSVRecord::toList).orElse(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
