package it.callcenter.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+393331234567", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")", "="})
    void prefixesAQuoteToWhatASpreadsheetWouldEvaluate(String value) {
        assertEquals("'" + value, FormulaGuard.neutralise(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rossi Mario", "1+2", " =1", "'=1", "mario@example.it", "Via Roma 1", "RSSMRA80A01H501U"})
    void leavesEverythingElseAlone(String value) {
        assertFalse(FormulaGuard.isDangerous(value));
        assertEquals(value, FormulaGuard.neutralise(value));
    }

    @Test
    void emptyAndNullStayAsTheyAre() {
        assertEquals("", FormulaGuard.neutralise(""));
        assertNull(FormulaGuard.neutralise(null));
    }
}
