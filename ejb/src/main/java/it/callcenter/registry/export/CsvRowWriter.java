package it.callcenter.registry.export;

import it.callcenter.registry.FormulaGuard;
import it.callcenter.registry.PartyRowWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Excel opens it on an Italian desktop with a double click: UTF-8 with a byte order mark (else accents come
 * out garbled), {@code ;} between fields (the comma is the decimal separator there), CRLF, quotes only when a
 * value needs them, dates as {@code dd/MM/yyyy HH:mm}.
 */
public final class CsvRowWriter implements PartyRowWriter {

    static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180)
            .setDelimiter(';').setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream out;
    private final CSVPrinter printer;

    public CsvRowWriter(OutputStream out) throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), FORMAT);
    }

    @Override
    public void header(List<String> names) throws IOException {
        out.write(BOM);
        row(names);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(cell instanceof LocalDateTime time ? DATE_TIME.format(time)
                    : FormulaGuard.neutralise(cell == null ? null : cell.toString()));
        }
        printer.printRecord(texts);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
