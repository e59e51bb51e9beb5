package it.callcenter.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsentValueTest {

    @ParameterizedTest
    @ValueSource(strings = {"S", "s", " S ", "SI", "Si", "s\u00ec", "S\u00cc", "si'", "S.", "X", "x", "1", "true", "TRUE", "Vero", "VERO", "Y", "y",
            "yes", "YES"})
    void givenForms(String value) {
        assertEquals(Optional.of(true), ConsentValue.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "n", " N ", "NO", "No", "", "   ", "0", "false", "FALSE", "Falso", "FALSO"})
    void notGivenForms(String value) {
        assertEquals(Optional.of(false), ConsentValue.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"forse", "2", "-1", "SN", "si no", "?", "ja"})
    void anythingElseIsNotGuessed(String value) {
        assertEquals(Optional.empty(), ConsentValue.parse(value));
    }

    @org.junit.jupiter.api.Test
    void aMissingCellIsNotGiven() {
        assertEquals(Optional.of(false), ConsentValue.parse(null));
    }
}
