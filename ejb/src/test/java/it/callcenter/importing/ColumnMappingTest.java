package it.callcenter.importing;

import it.callcenter.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ColumnMappingTest {

    @Test
    void suggestsFieldsFromItalianAndEnglishHeaders() {
        List<String> headers = List.of("Cognome", "NOME", "Ragione sociale", "Codice Fiscale", "P.IVA", "Cellulare",
                "Telefono", "E-mail", "Indirizzo", "Località", "Prov.", "C.A.P.", "Data di nascita", "Sesso", "Gestore",
                "Interessi", "Mobile phone", "Colonna ignota");
        Map<Integer, ImportField> fields = ColumnMapping.suggest(headers, null).fields();
        assertEquals(ImportField.lastName, fields.get(0));
        assertEquals(ImportField.firstName, fields.get(1));
        assertEquals(ImportField.companyName, fields.get(2));
        assertEquals(ImportField.fiscalCode, fields.get(3));
        assertEquals(ImportField.vatNumber, fields.get(4));
        assertEquals(ImportField.mobile, fields.get(5));
        assertEquals(ImportField.phone, fields.get(6));
        assertEquals(ImportField.email, fields.get(7));
        assertEquals(ImportField.street, fields.get(8));
        assertEquals(ImportField.comune, fields.get(9));
        assertEquals(ImportField.province, fields.get(10));
        assertEquals(ImportField.postalCode, fields.get(11));
        assertEquals(ImportField.birthDate, fields.get(12));
        assertEquals(ImportField.gender, fields.get(13));
        assertEquals(ImportField.carrier, fields.get(14));
        assertEquals(ImportField.interests, fields.get(15));
        assertFalse(fields.containsKey(16), "a field is fed by one column only");
        assertFalse(fields.containsKey(17));
    }

    @Test
    void theUsersMappingCorrectsTheSuggestionAndSurvivesStorage() {
        List<String> headers = List.of("Surname", "Cell", "Altro numero");
        ColumnMapping mapping = ColumnMapping.suggest(headers, Map.of("Altro numero", "mobile", "Cell", ""));
        ColumnMapping stored = ColumnMapping.fromText(mapping.toText());
        assertEquals(Map.of(0, ImportField.lastName, 2, ImportField.mobile), stored.fields());
        assertEquals("333", stored.value(List.of("Rossi", "x", " 333 "), ImportField.mobile).orElseThrow());
    }

    @Test
    void refusesUnknownColumnsAndFields() {
        assertThrows(ValidationException.class, () -> ColumnMapping.suggest(List.of("Cognome"), Map.of("Nome", "firstName")));
        assertThrows(ValidationException.class, () -> ColumnMapping.suggest(List.of("Cognome"), Map.of("Cognome", "surname")));
    }
}
