package it.callcenter.geography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Forlì|forli",
            "FORLÌ|forli",
            "forli'|forli",
            "Sant'Angelo Romano|sant angelo romano",
            "SANT'A|sant a",
            "Pré-Saint-Didier|pre saint didier",
            "Rhêmes-Notre-Dame|rhemes notre dame",
            "Gressoney-La-Trinité|gressoney la trinite",
            "Cassina de' Pecchi|cassina de pecchi",
            "\"  Reggio   nell'Emilia  \"|reggio nell emilia",
            "Bolzano/Bozen|bolzano bozen",
            "Valle d'Aosta/Vallée d'Aoste|valle d aosta vallee d aoste",
            "Mañé Çà Öst|mane ca ost",
            "Roma|roma"
    })
    void lowerCaseWithoutAccentsAndSeparators(String text, String expected) {
        assertEquals(expected, SearchText.normalize(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "'", " - ", "%_"})
    void nothingToSearchIsEmpty(String text) {
        assertEquals("", SearchText.normalize(text));
    }

    @Test
    void likeWildcardsNeverSurvive() {
        assertEquals("ro ma", SearchText.normalize("ro%ma"));
        assertEquals("ro ma", SearchText.normalize("ro_ma"));
    }

    @Test
    void precomposedAndDecomposedAccentsAreTheSame() {
        assertEquals(SearchText.normalize("Forl\u00ec"), SearchText.normalize("Forli\u0300"));
    }

    @Test
    void digitsAndLettersOfOtherAlphabetsStay() {
        assertEquals("via 20 settembre", SearchText.normalize("Via 20 Settembre"));
        assertEquals("ørsta", SearchText.normalize("Ørsta"));
    }

    @Test
    void isIdempotent() {
        String once = SearchText.normalize("Sant'Onofrio-Città");
        assertEquals(once, SearchText.normalize(once));
    }
}
