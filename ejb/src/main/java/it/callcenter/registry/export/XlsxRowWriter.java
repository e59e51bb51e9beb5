package it.callcenter.registry.export;

import it.callcenter.registry.FormulaGuard;
import it.callcenter.registry.PartyRowWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

/**
 * XLSX through fastexcel's streaming writer: rows are flushed to the output every {@value #FLUSH_EVERY} rows, and
 * texts are inline strings, so neither the rows nor a shared-strings table grow with the export. Every text is
 * written as a text cell (never a formula), guarded like the CSV so both files read the same.
 */
public final class XlsxRowWriter implements PartyRowWriter {

    static final int FLUSH_EVERY = 500;
    private static final String DATE_TIME = "dd/mm/yyyy hh:mm";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int next;

    public XlsxRowWriter(OutputStream out) {
        this(out, "Anagrafiche");
    }

    /** A sheet of another name (a report's): numbers ({@link Number} cells) are written as numbers. */
    public XlsxRowWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Callcenter", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names);
        sheet.range(0, 0, 0, names.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        int r = next++;
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof LocalDateTime time) {
                sheet.value(r, c, time);
                sheet.style(r, c).format(DATE_TIME).set();
            } else if (cell instanceof Number number) {
                sheet.value(r, c, number);
            } else if (cell != null) {
                sheet.inlineString(r, c, FormulaGuard.neutralise(cell.toString()));
            }
        }
        if (next % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
