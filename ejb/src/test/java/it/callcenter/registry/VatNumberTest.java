package it.callcenter.registry;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VatNumberTest {

    /** Ten digits completed with the check digit this implementation computes. */
    private static String withCheck(String firstTen) {
        assertEquals(10, firstTen.length());
        return firstTen + ItalianChecks.vatCheckDigit(firstTen);
    }

    private static void assertRefused(String input, String code) {
        BusinessException e = assertThrows(BusinessException.class, () -> VatNumber.of(input));
        assertEquals("vatNumber", e.field());
        assertEquals(code, e.code());
    }

    // Partite IVA of listed companies, as published in their documents: they pin the check digit algorithm.
    @ParameterizedTest
    @ValueSource(strings = {"00488410010", "00159560366", "01114601006", "00905811006"})
    void acceptsPublishedNumbersAndRefusesEveryOtherCheckDigit(String published) {
        assertEquals(published, VatNumber.of(published).value());
        for (char wrong = '0'; wrong <= '9'; wrong++) {
            if (wrong != published.charAt(10)) {
                assertRefused(published.substring(0, 10) + wrong, "INVALID_CHECK_DIGIT");
            }
        }
    }

    @Test
    void detectsTwoAdjacentDigitsSwapped() {
        assertRefused("04088410010", "INVALID_CHECK_DIGIT");
        assertRefused("00159650366", "INVALID_CHECK_DIGIT");
    }

    @Test
    void stripsSpacesAndTheCountryPrefix() {
        VatNumber expected = VatNumber.of("00488410010");
        assertEquals(expected, VatNumber.of("IT00488410010"));
        assertEquals(expected, VatNumber.of(" it 004 884 100 10 "));
        assertEquals(expected, VatNumber.of("It00488410010"));
        assertEquals(expected.hashCode(), VatNumber.of("IT00488410010").hashCode());
        assertEquals("00488410010", VatNumber.of("IT 00488410010").toString());
        assertNotEquals(expected, VatNumber.of("00159560366"));
    }

    @Test
    void givesTheOfficeCode() {
        assertEquals("001", VatNumber.of("00488410010").officeCode());
        assertEquals("036", VatNumber.of("00159560366").officeCode());
        assertEquals("100", VatNumber.of(withCheck("1234567100")).officeCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "050", "100", "120", "121", "888", "999"})
    void acceptsTheOfficeCodesInUse(String office) {
        assertEquals(office, VatNumber.of(withCheck("1234567" + office)).officeCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "101", "119", "122", "500", "887", "889", "998"})
    void refusesOtherOfficeCodes(String office) {
        assertRefused(withCheck("1234567" + office), "INVALID_OFFICE_CODE");
    }

    @Test
    void refusesAllZerosForItsOfficeCodeThoughItsCheckDigitIsRight() {
        assertRefused("00000000000", "INVALID_OFFICE_CODE");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void requiresAValue(String blank) {
        assertRefused(blank, "REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0048841001", "004884100100", "IT", "0048841001A", "00488-410010", "00488.410010",
        "DE00488410010", "ITIT00488410010", "IT0048841001"})
    void refusesTheWrongShape(String input) {
        assertRefused(input, "INVALID_FORMAT");
    }
}
