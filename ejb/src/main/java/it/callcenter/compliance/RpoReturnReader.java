package it.callcenter.compliance;

import it.callcenter.importing.CsvPort;
import it.callcenter.importing.FileSniffer;
import it.callcenter.importing.ImportFiles;
import it.callcenter.registry.PhoneNumber;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a file returned by the Registro Pubblico delle Opposizioni, one line at a time, without holding it in memory:
 * {@code numero;esito[;data]}. Encoding and delimiter are sniffed from the head as the importer does. The first line
 * is a header when it names the columns (in any order, e.g. {@code esito;numero}) and holds no phone number;
 * otherwise the columns are positional and the first line is data. {@code esito} says opposed with OPPOSTO, SI, 1, TRUE (and not with NON
 * OPPOSTO, NO, 0, FALSE); a {@code data} (dd/MM/yyyy) on a line wins over the date chosen for the whole file.
 */
public final class RpoReturnReader implements Closeable {

    /** One line: its number in the file and either the answer or the code of why it was refused. */
    public record Line(long line, RpoAnswer answer, String rejection) {
    }

    static final String BAD_NUMBER = "RPO_NUMBER_INVALID";
    static final String BAD_OUTCOME = "RPO_OUTCOME_INVALID";
    static final String BAD_DATE = "RPO_DATE_INVALID";
    static final String FUTURE_DATE = "RPO_DATE_IN_FUTURE";

    private static final Set<String> NUMBER_NAMES = Set.of("numero", "numero telefono", "numero di telefono", "telefono",
            "utenza", "number", "phone", "msisdn");
    private static final Set<String> OUTCOME_NAMES = Set.of("esito", "stato", "opposto", "opposizione", "outcome", "opposed");
    private static final Set<String> DATE_NAMES = Set.of("data", "data verifica", "data controllo", "data esito", "date",
            "checked on");
    private static final Set<String> OPPOSED = Set.of("opposto", "si", "s", "1", "true", "yes", "y");
    private static final Set<String> NOT_OPPOSED = Set.of("non opposto", "no", "n", "0", "false");
    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CsvPort.RecordReader records;
    private final LocalDate fileDate;
    private final LocalDate today;
    private int numberColumn = 0;
    private int outcomeColumn = 1;
    private int dateColumn = 2;
    private CsvPort.SourceRecord pending;

    private RpoReturnReader(CsvPort.RecordReader records, LocalDate fileDate, LocalDate today) {
        this.records = records;
        this.fileDate = fileDate;
        this.today = today;
    }

    /**
     * Opens the stream (a byte order mark is skipped) for lines dated {@code fileDate} unless they carry their own;
     * dates after {@code today} are refused.
     */
    public static RpoReturnReader open(InputStream raw, LocalDate fileDate, LocalDate today) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, FileSniffer.HEAD_BYTES);
        in.mark(FileSniffer.HEAD_BYTES);
        byte[] head = in.readNBytes(FileSniffer.HEAD_BYTES);
        in.reset();
        Charset encoding = FileSniffer.encoding(head, head.length);
        int bom = FileSniffer.hasBom(head, head.length) ? 3 : 0;
        char delimiter = FileSniffer.delimiter(new String(head, bom, head.length - bom, encoding));
        in.skipNBytes(bom);
        RpoReturnReader reader = new RpoReturnReader(ImportFiles.csv().read(new InputStreamReader(in, encoding), delimiter),
                fileDate, today);
        reader.readHeader();
        return reader;
    }

    private void readHeader() throws IOException {
        CsvPort.SourceRecord first = nextNonBlank();
        if (first == null) {
            return;
        }
        List<String> names = first.values().stream().map(RpoReturnReader::plain).toList();
        boolean named = names.stream().anyMatch(n -> NUMBER_NAMES.contains(n) || OUTCOME_NAMES.contains(n) || DATE_NAMES.contains(n));
        if (!named || first.values().stream().anyMatch(v -> PhoneNumber.searchKey(v) != null)) {
            pending = first;
            return;
        }
        numberColumn = indexOf(names, NUMBER_NAMES);
        outcomeColumn = indexOf(names, OUTCOME_NAMES);
        dateColumn = indexOf(names, DATE_NAMES);
    }

    private static int indexOf(List<String> names, Set<String> wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The next line that is not blank, parsed; null at the end of the file. */
    public Line next() throws IOException {
        CsvPort.SourceRecord record = pending != null ? pending : nextNonBlank();
        pending = null;
        return record == null ? null : parse(record);
    }

    private Line parse(CsvPort.SourceRecord record) {
        String number = PhoneNumber.searchKey(value(record, numberColumn));
        if (number == null) {
            return new Line(record.line(), null, BAD_NUMBER);
        }
        Boolean opposed = outcome(value(record, outcomeColumn));
        if (opposed == null) {
            return new Line(record.line(), null, BAD_OUTCOME);
        }
        String dateText = value(record, dateColumn);
        LocalDate checkedOn = fileDate;
        if (!dateText.isBlank()) {
            try {
                checkedOn = LocalDate.parse(dateText.strip(), ITALIAN_DATE);
            } catch (DateTimeException e) {
                return new Line(record.line(), null, BAD_DATE);
            }
        }
        if (checkedOn.isAfter(today)) {
            return new Line(record.line(), null, FUTURE_DATE);
        }
        return new Line(record.line(), new RpoAnswer(number, checkedOn, opposed), null);
    }

    /** True for an opposed number, false for a free one, null if the value says neither. */
    static Boolean outcome(String value) {
        String plain = plain(value);
        if (OPPOSED.contains(plain)) {
            return true;
        }
        return NOT_OPPOSED.contains(plain) ? false : null;
    }

    private static String value(CsvPort.SourceRecord record, int column) {
        return column < 0 || column >= record.values().size() || record.values().get(column) == null
                ? "" : record.values().get(column);
    }

    /** Lower case, no accents, one space between words: {@code "Non_Opposto "} and {@code "non opposto"} match. */
    private static String plain(String value) {
        String stripped = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }

    private CsvPort.SourceRecord nextNonBlank() throws IOException {
        for (CsvPort.SourceRecord record = records.next(); record != null; record = records.next()) {
            if (!record.blank()) {
                return record;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
