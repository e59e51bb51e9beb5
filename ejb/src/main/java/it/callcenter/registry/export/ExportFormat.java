package it.callcenter.registry.export;

import it.callcenter.registry.PartyRowWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** The export's file formats as the web layer offers them: content type, file name, and the adapter to write one. */
public enum ExportFormat {

    CSV("text/csv; charset=UTF-8", "csv") {
        @Override
        public PartyRowWriter open(OutputStream out) throws IOException {
            return new CsvRowWriter(out);
        }
    },
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") {
        @Override
        public PartyRowWriter open(OutputStream out) {
            return new XlsxRowWriter(out);
        }
    };

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public abstract PartyRowWriter open(OutputStream out) throws IOException;

    public String contentType() {
        return contentType;
    }

    /** {@code anagrafiche-2025-03-14.csv}: the day of the export, in the offices' time zone. */
    public String fileName(LocalDate day) {
        return "anagrafiche-" + day + "." + extension;
    }
}
