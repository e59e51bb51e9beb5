package it.callcenter.importing;

import it.callcenter.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImportTemplateTest {

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Cognome", "lastName");
        columns.put("Nome", "firstName");
        columns.put("Telefono cliente", "mobile");
        columns.put("Note", "");
        return columns;
    }

    @Test
    void keepsTheColumnsByHeaderIgnoredOnesIncluded() {
        ImportTemplate template = new ImportTemplate("  Fiera di Milano ", columns(), "supervisor");
        assertEquals("Fiera di Milano", template.getName());
        assertEquals(columns(), template.columns());
        assertEquals(4, template.view().columns());
    }

    @Test
    void appliesToAFileWithOtherOrderAndSpellingLeavingUnknownHeadersOut() {
        ImportTemplate template = new ImportTemplate("Fiera", columns(), "supervisor");
        Map<String, String> applied = template.applyTo(List.of("NOTE", "telefono-cliente", "Cognome", "Email"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("NOTE", "");
        expected.put("telefono-cliente", "mobile");
        expected.put("Cognome", "lastName");
        assertEquals(expected, applied, "Nome is not in the file; Email is not in the template and keeps its suggestion");
    }

    @Test
    void appliedToASubmissionItGivesTheMappingSaved() {
        ImportTemplate template = new ImportTemplate("Fiera", columns(), "supervisor");
        List<String> headers = List.of("Note", "Cognome", "Nome", "Telefono cliente");
        Map<Integer, ImportField> fields = ColumnMapping.suggest(headers, template.applyTo(headers)).fields();
        assertEquals(Map.of(1, ImportField.lastName, 2, ImportField.firstName, 3, ImportField.mobile), fields);
    }

    @Test
    void headersWithTabsOrNewLinesAreKeptOnOneLine() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Codice\tfiscale\r\n", "fiscalCode");
        ImportTemplate template = new ImportTemplate("Strano", columns, "supervisor");
        assertEquals(Map.of("Codice fiscale", "fiscalCode"), template.columns());
        assertEquals(Map.of("Codice\tfiscale\r\n", "fiscalCode"), template.applyTo(List.of("Codice\tfiscale\r\n")));
    }

    @Test
    void refusesABlankOrLongNameAndAnUnknownField() {
        assertEquals("REQUIRED", assertThrows(ValidationException.class,
                () -> new ImportTemplate(" ", columns(), "supervisor")).violations().get(0).code());
        assertEquals("TOO_LONG", assertThrows(ValidationException.class,
                () -> new ImportTemplate("x".repeat(81), columns(), "supervisor")).violations().get(0).code());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> new ImportTemplate("Fiera", Map.of("Cognome", "surnameOfTheFather"), "supervisor"));
        assertEquals("mapping", unknown.violations().get(0).field());
        assertEquals("INVALID_VALUE", unknown.violations().get(0).code());
    }
}
