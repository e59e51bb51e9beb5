package it.callcenter.registry;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportColumnsTest {

    @Test
    void mapsARowToItalianCellsInTheOrderOfTheHeaders() {
        Object[] row = {"PERSON", "Rossi Mario", "Rossi", "Mario", null, "RSSMRA80A01H501U", null, "Via Roma 1", "20121",
                "Milano", "MI", "Lombardia", "+393331234567", null, "mario@example.it", "CUSTOMER", "Auto, Fotovoltaico",
                true, Timestamp.from(Instant.parse("2025-07-01T08:30:00Z"))};
        List<Object> cells = ExportColumns.cells(row);
        assertEquals(ExportColumns.HEADERS.size(), cells.size());
        assertEquals("Persona fisica", cells.get(0));
        assertEquals("Rossi Mario", cells.get(1));
        assertEquals("MI", cells.get(10));
        assertEquals("Cliente", cells.get(15));
        assertEquals("S\u00ec", cells.get(17));
        assertEquals(LocalDateTime.of(2025, 7, 1, 10, 30), cells.get(18));
    }

    @Test
    void theAuditSummaryNamesTheCriteriaButNotThePersonalValues() {
        PartySearch search = new PartySearch("Rossi", PartyType.COMPANY, "Lazio", "RM", null, "Auto", "size", "Mario");
        assertEquals(List.of("format=CSV", "q", "type=COMPANY", "region=Lazio", "province=RM", "interest=Auto",
                "customField=size"), ArchiveExporter.summary(search, "CSV"));
    }
}
