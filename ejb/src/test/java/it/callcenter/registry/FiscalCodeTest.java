package it.callcenter.registry;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalCodeTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** The first 15 characters completed with the check character this implementation computes. */
    private static String withCheck(String first15) {
        assertEquals(15, first15.length());
        return first15 + FiscalCode.checkCharacter(first15);
    }

    private static void assertRefused(String input, String code) {
        BusinessException e = assertThrows(BusinessException.class, () -> FiscalCode.of(input));
        assertEquals("fiscalCode", e.field());
        assertEquals(code, e.code());
    }

    // Codes published with their check character (Agenzia delle Entrate and Wikipedia examples, validator
    // libraries' vectors): they pin the odd/even tables to the official ones.
    @ParameterizedTest
    @ValueSource(strings = {"MRTMTT25D09F205Z", "RSSMRA85T10A562S", "RSSMRA80A01H501U", "RSSMRA70A01H501S",
        "MLLSNT82P65Z404U", "BNCNNA90A41F205W", "RCCMNL83S18D969H", "CNTCHR83T41D969D", "RSSMRA85M01H501Q"})
    void acceptsPublishedCodesAndRefusesEveryOtherCheckLetter(String published) {
        assertEquals(published, FiscalCode.of(published).value());
        for (char wrong = 'A'; wrong <= 'Z'; wrong++) {
            if (wrong != published.charAt(15)) {
                assertRefused(published.substring(0, 15) + wrong, "INVALID_CHECK_DIGIT");
            }
        }
    }

    @Test
    void refusesTheWidespreadExampleWithTheWrongCheckLetter() {
        // "RSSMRA85M01H501Z" is copied around the web, but its check letter is Q
        assertRefused("RSSMRA85M01H501Z", "INVALID_CHECK_DIGIT");
    }

    @Test
    void normalisesCaseAndSpaces() {
        FiscalCode code = FiscalCode.of("  rss mra 85t10\ta562s ");
        assertEquals("RSSMRA85T10A562S", code.value());
        assertEquals("RSSMRA85T10A562S", code.toString());
        assertEquals(FiscalCode.of("RSSMRA85T10A562S"), code);
        assertEquals(FiscalCode.of("RSSMRA85T10A562S").hashCode(), code.hashCode());
        assertNotEquals(FiscalCode.of("MRTMTT25D09F205Z"), code);
    }

    @Test
    void decodesAPersonalCode() {
        FiscalCode code = FiscalCode.of("RSSMRA85T10A562S");
        assertTrue(code.isPersonal());
        assertFalse(code.isNumeric());
        assertFalse(code.isOmocodic());
        assertEquals("RSS", code.surnameCode());
        assertEquals("MRA", code.nameCode());
        assertEquals(LocalDate.of(1985, 12, 10), code.birthDate(TODAY));
        assertEquals('M', code.gender());
        assertEquals("A562", code.birthPlaceCode());
    }

    @Test
    void decodesMilanAndAForeignCountry() {
        FiscalCode moretti = FiscalCode.of("MRTMTT25D09F205Z");
        assertEquals(LocalDate.of(1925, 4, 9), moretti.birthDate(TODAY));
        assertEquals("F205", moretti.birthPlaceCode());
        FiscalCode miller = FiscalCode.of("MLLSNT82P65Z404U");
        assertEquals("Z404", miller.birthPlaceCode());
        assertEquals(LocalDate.of(1982, 9, 25), miller.birthDate(TODAY));
    }

    @Test
    void readsTheFemaleDayOffset() {
        FiscalCode anna = FiscalCode.of("BNCNNA90A41F205W");
        assertEquals('F', anna.gender());
        assertEquals(LocalDate.of(1990, 1, 1), anna.birthDate(TODAY));
        FiscalCode lastDay = FiscalCode.of(withCheck("BNCNNA90A71F205"));
        assertEquals('F', lastDay.gender());
        assertEquals(LocalDate.of(1990, 1, 31), lastDay.birthDate(TODAY));
        FiscalCode man = FiscalCode.of(withCheck("BNCNNA90A31F205"));
        assertEquals('M', man.gender());
        assertEquals(31, man.birthDate(TODAY).getDayOfMonth());
    }

    @Test
    void choosesTheCenturySoThatTheBirthIsNotInTheFuture() {
        assertEquals(LocalDate.of(2005, 12, 10), FiscalCode.of(withCheck("RSSMRA05T10A562")).birthDate(TODAY));
        assertEquals(LocalDate.of(1930, 12, 10), FiscalCode.of(withCheck("RSSMRA30T10A562")).birthDate(TODAY));
        FiscalCode moretti = FiscalCode.of("MRTMTT25D09F205Z");
        assertEquals(LocalDate.of(2025, 4, 9), moretti.birthDate(LocalDate.of(2025, 4, 9)), "born today");
        assertEquals(LocalDate.of(1925, 4, 9), moretti.birthDate(LocalDate.of(2025, 4, 8)), "a day later would be future");
        assertEquals(LocalDate.of(1925, 4, 9), moretti.birthDate(LocalDate.of(2024, 12, 31)));
        assertEquals(LocalDate.of(2000, 1, 1), FiscalCode.of(withCheck("RSSMRA00A01H501")).birthDate(TODAY));
        assertEquals(LocalDate.of(1999, 12, 31), FiscalCode.of(withCheck("RSSMRA99T31H501")).birthDate(TODAY));
    }

    @Test
    void birthDateWithoutArgumentUsesToday() {
        FiscalCode code = FiscalCode.of("RSSMRA85T10A562S");
        assertEquals(code.birthDate(LocalDate.now()), code.birthDate());
        assertFalse(FiscalCode.of(withCheck("RSSMRA99T31H501")).birthDate().isAfter(LocalDate.now()));
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOnlyInLeapYears() {
        assertEquals(LocalDate.of(1984, 2, 29), FiscalCode.of(withCheck("RSSMRA84B29H501")).birthDate(TODAY));
        assertEquals(LocalDate.of(2000, 2, 29), FiscalCode.of(withCheck("RSSMRA00B69H501")).birthDate(TODAY));
        assertRefused(withCheck("RSSMRA85B29H501"), "INVALID_DATE");
        // 1900 was not a leap year: "00" read in the 1900s cannot be 29 February
        BusinessException e = assertThrows(BusinessException.class,
                () -> FiscalCode.of(withCheck("RSSMRA00B29H501")).birthDate(LocalDate.of(1999, 12, 31)));
        assertEquals("INVALID_DATE", e.code());
    }

    // Omocodia: the Agenzia replaces digits, from the right, by L M N P Q R S T U V; the check letter is
    // computed on the code as written.
    @Test
    void acceptsAnOmocodicCodeWithItsOwnCheckLetter() {
        // '2' (odd-table value 5) becomes 'N' (odd-table value 20): the sum grows by 15, S (18) becomes H (33 mod 26 = 7)
        FiscalCode code = FiscalCode.of("RSSMRA85T10A56NH");
        assertEquals("RSSMRA85T10A56NH", code.value());
        assertTrue(code.isOmocodic());
        assertEquals("A562", code.birthPlaceCode());
        assertEquals(LocalDate.of(1985, 12, 10), code.birthDate(TODAY));
        assertEquals('M', code.gender());
        assertNotEquals(FiscalCode.of("RSSMRA85T10A562S"), code);
    }

    @Test
    void refusesAnOmocodicCodeKeepingTheOriginalCheckLetter() {
        assertRefused("RSSMRA85T10A56NS", "INVALID_CHECK_DIGIT");
    }

    @Test
    void decodesACodeWithEveryDigitReplaced() {
        FiscalCode code = FiscalCode.of(withCheck("RSSMRAURTMLARSN"));
        assertEquals("RSSMRAURTMLARSNL", code.value());
        assertEquals("A562", code.birthPlaceCode());
        assertEquals(LocalDate.of(1985, 12, 10), code.birthDate(TODAY));
        assertEquals('M', code.gender());
        assertEquals("RSS", code.surnameCode());
        assertEquals("MRA", code.nameCode());
    }

    @Test
    void decodesOmocodicDayAndYearDigits() {
        FiscalCode female = FiscalCode.of(withCheck("BNCNNAVMA4MF205"));
        assertEquals('F', female.gender());
        assertEquals(LocalDate.of(1991, 1, 1), female.birthDate(TODAY));
        assertEquals(LocalDate.of(1985, 12, 10), FiscalCode.of(withCheck("RSSMRA85T1LA562")).birthDate(TODAY));
    }

    @Test
    void acceptsTheNumericFormWithThePartitaIvaCheckDigit() {
        FiscalCode code = FiscalCode.of(" 00484960588 ");
        assertEquals("00484960588", code.value());
        assertTrue(code.isNumeric());
        assertFalse(code.isPersonal());
        assertFalse(code.isOmocodic());
        assertThrows(IllegalStateException.class, code::gender);
        assertThrows(IllegalStateException.class, code::birthPlaceCode);
        assertThrows(IllegalStateException.class, () -> code.birthDate(TODAY));
        assertRefused("00484960587", "INVALID_CHECK_DIGIT");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u00A0"})
    void requiresAValue(String blank) {
        assertRefused(blank, "REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RSSMRA85T10A562",     // 15 characters
        "RSSMRA85T10A562SS",   // 17
        "0048496058",          // 10 digits
        "0048496058A",         // 11 characters, not all digits
        "RSSMR185T10A562S",    // digit in the name part
        "RSSMRA8AT10A562S",    // A is not an omocodic letter
        "RSSMRA85T10A5W2S",    // W is not an omocodic letter
        "RSSMRA85110A562S",    // digit in place of the month letter
        "RSSMRA85T10A5621",    // digit as check character
        "1SSMRA85T10A562S",    // digit in the surname part
        "RSSMRA85T10-562S",    // punctuation
        "RSSMRÀ85T10A562S"     // accented letter
    })
    void refusesTheWrongShape(String input) {
        assertRefused(input, "INVALID_FORMAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RSSMRA85F10A562",   // F is not a month letter
        "RSSMRA85T00A562",   // day 0
        "RSSMRA85T32A562",   // day 32
        "RSSMRA85T40A562",   // neither a man's nor a woman's day
        "RSSMRA85T72A562",   // woman, day 32
        "RSSMRA85D31A562",   // 31 April
        "RSSMRA84B30A562"    // 30 February
    })
    void refusesDatesThatCannotExist(String first15) {
        assertRefused(withCheck(first15), "INVALID_DATE");
    }

    @Test
    void checksTheCheckCharacterBeforeTheDate() {
        String impossible = withCheck("RSSMRA85T32A562");
        char other = impossible.charAt(15) == 'A' ? 'B' : 'A';
        assertRefused(impossible.substring(0, 15) + other, "INVALID_CHECK_DIGIT");
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
        "Rossi, RSS", "Moretti, MRT", "Miller, MLL", "Bianchi, BNC", "Conti, CNT",
        "Fo, FOX", "Re, REX", "Oi, OIX", "Ai, AIX", "A, AXX",
        "De Luca, DLC", "D'Angelo, DNG", "Dell'Acqua, DLL", "'Oe, OEX",
        "Pò, POX", "Àlì, LAI", "Forlì, FRL", "\"  rossi  \", RSS", "Rossi-Bianchi, RSS"
    })
    void codesTheSurname(String surname, String expected) {
        assertEquals(expected, FiscalCode.expectedSurnameCode(surname));
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
        "Mario, MRA", "Matteo, MTT", "Anna, NNA", "Luca, LCU", "Ugo, GUO", "Al, LAX", "Io, IOX",
        "Chiara, CHR",            // three consonants: all of them
        "Samantha, SNT",          // S M N T H: 1st, 3rd, 4th
        "Francesco, FNC",         // F R N C S C
        "Gianfranco, GFR",        // G N F R N C
        "Niccolò, NCL",           // N C C L
        "Maria Grazia, MGR",      // M R G R Z, spaces ignored
        "Zoè, ZOE", "Noè, NOE", "Élise, LSE"
    })
    void codesTheName(String name, String expected) {
        assertEquals(expected, FiscalCode.expectedNameCode(name));
    }

    @Test
    void theNameRuleDiffersFromTheSurnameRuleOnlyFromFourConsonants() {
        assertEquals("GNF", FiscalCode.expectedSurnameCode("Gianfranco"));
        assertEquals("GFR", FiscalCode.expectedNameCode("Gianfranco"));
        assertEquals(FiscalCode.expectedSurnameCode("Chiara"), FiscalCode.expectedNameCode("Chiara"));
    }
}
