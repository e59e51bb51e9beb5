package it.callcenter.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FiscalCodeCheckTest {

    private static final FiscalCode ROSSI = FiscalCode.of("RSSMRA85T10A562S");
    private static final LocalDate ROSSI_BORN = LocalDate.of(1985, 12, 10);

    @Test
    void findsNothingWhenTheDataAgree() {
        assertEquals(List.of(), FiscalCodeCheck.mismatches(ROSSI, "Mario", "Rossi", ROSSI_BORN, 'M', "A562"));
        assertEquals(List.of(), FiscalCodeCheck.mismatches(FiscalCode.of("MRTMTT25D09F205Z"),
                "Matteo", "Moretti", LocalDate.of(1925, 4, 9), 'M', "F205"));
        assertEquals(List.of(), FiscalCodeCheck.mismatches(FiscalCode.of("MLLSNT82P65Z404U"),
                "Samantha", "Miller", LocalDate.of(1982, 9, 25), 'F', "Z404"));
    }

    @Test
    void toleratesCaseAccentsAndSpacesInTheData() {
        FiscalCode zoe = FiscalCode.of("LAIZOE85T50A562" + FiscalCode.checkCharacter("LAIZOE85T50A562"));
        assertEquals(List.of(), FiscalCodeCheck.mismatches(zoe, " Zoè ", "Àlì", LocalDate.of(1985, 12, 10), 'f', " a562 "));
    }

    @Test
    void reportsEachMismatchAlone() {
        assertEquals(List.of("SURNAME_MISMATCH"), FiscalCodeCheck.mismatches(ROSSI, "Mario", "Verdi", ROSSI_BORN, 'M', "A562"));
        assertEquals(List.of("NAME_MISMATCH"), FiscalCodeCheck.mismatches(ROSSI, "Marco", "Rossi", ROSSI_BORN, 'M', "A562"));
        assertEquals(List.of("BIRTH_DATE_MISMATCH"),
                FiscalCodeCheck.mismatches(ROSSI, "Mario", "Rossi", LocalDate.of(1985, 12, 11), 'M', "A562"));
        assertEquals(List.of("BIRTH_DATE_MISMATCH"),
                FiscalCodeCheck.mismatches(ROSSI, "Mario", "Rossi", LocalDate.of(1985, 11, 10), 'M', "A562"));
        assertEquals(List.of("BIRTH_DATE_MISMATCH"),
                FiscalCodeCheck.mismatches(ROSSI, "Mario", "Rossi", LocalDate.of(1986, 12, 10), 'M', "A562"));
        assertEquals(List.of("GENDER_MISMATCH"), FiscalCodeCheck.mismatches(ROSSI, "Mario", "Rossi", ROSSI_BORN, 'F', "A562"));
        assertEquals(List.of("BIRTH_PLACE_MISMATCH"),
                FiscalCodeCheck.mismatches(ROSSI, "Mario", "Rossi", ROSSI_BORN, 'M', "H501"));
    }

    @Test
    void reportsEveryMismatchInOrder() {
        assertEquals(List.of("SURNAME_MISMATCH", "NAME_MISMATCH", "BIRTH_DATE_MISMATCH", "GENDER_MISMATCH",
                        "BIRTH_PLACE_MISMATCH"),
                FiscalCodeCheck.mismatches(ROSSI, "Anna", "Bianchi", LocalDate.of(1990, 1, 1), 'F', "F205"));
    }

    @Test
    void checksNothingThatIsNotGiven() {
        assertEquals(List.of(), FiscalCodeCheck.mismatches(ROSSI, null, null, null, null, null));
        assertEquals(List.of(), FiscalCodeCheck.mismatches(ROSSI, " ", "", null, null, "  "));
        assertEquals(List.of("NAME_MISMATCH"), FiscalCodeCheck.mismatches(ROSSI, "Marco", null, null, null, null));
    }

    @Test
    void comparesTheWomansDayWithoutTheOffset() {
        FiscalCode anna = FiscalCode.of("BNCNNA90A41F205W");
        assertEquals(List.of(), FiscalCodeCheck.mismatches(anna, "Anna", "Bianchi", LocalDate.of(1990, 1, 1), 'F', "F205"));
        assertEquals(List.of("GENDER_MISMATCH"),
                FiscalCodeCheck.mismatches(anna, "Anna", "Bianchi", LocalDate.of(1990, 1, 1), 'M', "F205"));
    }

    @Test
    void ignoresTheCenturyWhichTheCodeDoesNotCarry() {
        FiscalCode moretti = FiscalCode.of("MRTMTT25D09F205Z");
        assertEquals(List.of(), FiscalCodeCheck.mismatches(moretti, null, null, LocalDate.of(1925, 4, 9), null, null));
        assertEquals(List.of(), FiscalCodeCheck.mismatches(moretti, null, null, LocalDate.of(2025, 4, 9), null, null));
        assertEquals(List.of("BIRTH_DATE_MISMATCH"),
                FiscalCodeCheck.mismatches(moretti, null, null, LocalDate.of(1924, 4, 9), null, null));
    }

    @Test
    void decodesOmocodicDigitsBeforeComparing() {
        FiscalCode omocodic = FiscalCode.of("RSSMRAURTMLARSNL");
        assertEquals(List.of(), FiscalCodeCheck.mismatches(omocodic, "Mario", "Rossi", ROSSI_BORN, 'M', "A562"));
        assertEquals(List.of("BIRTH_PLACE_MISMATCH"),
                FiscalCodeCheck.mismatches(omocodic, "Mario", "Rossi", ROSSI_BORN, 'M', "A56N"));
    }

    @Test
    void givesNoWarningForANumericCode() {
        assertEquals(List.of(), FiscalCodeCheck.mismatches(FiscalCode.of("00484960588"),
                "Mario", "Rossi", ROSSI_BORN, 'M', "A562"));
    }

    @Test
    void returnsAListTheCallerCannotChange() {
        List<String> warnings = FiscalCodeCheck.mismatches(ROSSI, "Marco", "Rossi", ROSSI_BORN, 'M', "A562");
        assertThrows(UnsupportedOperationException.class, () -> warnings.add("OTHER"));
    }
}
