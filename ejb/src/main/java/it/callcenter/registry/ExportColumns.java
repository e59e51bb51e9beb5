package it.callcenter.registry;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of the archive export and how a row of {@link ExportQuery} becomes cells. The file is for Italian
 * offices, so headers and the few coded values (type, status, consent) are Italian here, fixed, not taken from the
 * screens' bundles, which live in the web module; dates are local to Rome.
 */
final class ExportColumns {

    static final List<String> HEADERS = List.of("Tipo", "Nominativo", "Cognome", "Nome", "Ragione sociale",
            "Codice fiscale", "Partita IVA", "Indirizzo", "CAP", "Comune", "Provincia", "Regione", "Cellulare",
            "Telefono", "Email", "Stato", "Interessi", "Consenso marketing", "Creato il");

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Map<String, String> TYPES = Map.of("PERSON", "Persona fisica", "COMPANY", "Azienda");
    private static final Map<String, String> STATUSES = Map.of("NEW", "Nuovo", "CONTACTED", "Contattato",
            "INTERESTED", "Interessato", "CUSTOMER", "Cliente", "FORMER_CUSTOMER", "Ex cliente",
            "NOT_INTERESTED", "Non interessato");

    private ExportColumns() {
    }

    /** The cells of one row: {@code values} are the selected columns of {@link ExportQuery} after its keyset pair. */
    static List<Object> cells(Object[] values) {
        List<Object> cells = new ArrayList<>(HEADERS.size());
        cells.add(label(TYPES, values[0]));
        for (int i = 1; i <= 14; i++) {
            cells.add(text(values[i]));
        }
        cells.add(label(STATUSES, values[15]));
        cells.add(text(values[16]));
        cells.add(Boolean.TRUE.equals(values[17]) ? "S\u00ec" : "No");
        cells.add(localTime(values[18]));
        return cells;
    }

    private static String label(Map<String, String> labels, Object code) {
        return code == null ? null : labels.getOrDefault(code.toString(), code.toString());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static LocalDateTime localTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return LocalDateTime.ofInstant(timestamp.toInstant(), ROME);
        }
        if (value instanceof OffsetDateTime time) {
            return LocalDateTime.ofInstant(time.toInstant(), ROME);
        }
        return null;
    }
}
