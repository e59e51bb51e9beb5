package it.callcenter.registry;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumberTest {

    private static void assertRefused(String input, String code) {
        BusinessException e = assertThrows(BusinessException.class, () -> PhoneNumber.of(input));
        assertEquals("phone", e.field());
        assertEquals(code, e.code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+39 333 123 4567   | +393331234567",
        "0039 333-1234567   | +393331234567",
        "333/1234567        | +393331234567",
        "3331234567         | +393331234567",
        "39 333 1234567     | +393331234567",
        "393331234567       | +393331234567",
        "+39 (333) 123.45.67| +393331234567",
        "333 123 456        | +39333123456",
        "(06) 1234567       | +39061234567",
        "06.12345678        | +390612345678",
        "06 1234567         | +39061234567",
        "+39 06 1234567     | +39061234567",
        "0039 06 1234567    | +39061234567",
        "39061234567        | +39061234567",
        "02 123456          | +3902123456",
        "0471 1234567       | +3904711234567",
        "+44 20 7946 0958   | +442079460958",
        "0044 20 7946 0958  | +442079460958",
        "+1 (212) 555-0100  | +12125550100",
        "+49301234          | +49301234",
        "+123456789012345   | +123456789012345"
    })
    void normalisesToE164(String input, String expected) {
        assertEquals(expected, PhoneNumber.of(input).value());
        assertEquals(expected, PhoneNumber.of(input).toString());
        assertEquals(expected, PhoneNumber.searchKey(input));
    }

    @Test
    void keepsAMobileWhosePrefixLooksLikeTheCountryCode() {
        // 392 is a mobile prefix: ten digits starting with 39 are a national mobile, not +39 and eight digits
        assertEquals("+393921234567", PhoneNumber.of("392 1234567").value());
        assertEquals("+39391234567", PhoneNumber.of("391234567").value());
        // eleven digits starting with 39 cannot be a mobile, so the 39 is the country code
        assertEquals("+39333123456", PhoneNumber.of("39333123456").value());
    }

    @Test
    void tellsMobilesFromLandlinesAndForeignNumbers() {
        PhoneNumber mobile = PhoneNumber.of("+39 333 123 4567");
        assertTrue(mobile.isMobile());
        assertTrue(mobile.isItalian());
        PhoneNumber landline = PhoneNumber.of("(06) 1234567");
        assertFalse(landline.isMobile());
        assertTrue(landline.isItalian());
        PhoneNumber foreign = PhoneNumber.of("+44 7700 900123");
        assertFalse(foreign.isMobile());
        assertFalse(foreign.isItalian());
    }

    @Test
    void equalsOnTheE164Form() {
        assertEquals(PhoneNumber.of("+39 333 123 4567"), PhoneNumber.of("333/1234567"));
        assertEquals(PhoneNumber.of("+39 333 123 4567").hashCode(), PhoneNumber.of("0039 333-1234567").hashCode());
        assertNotEquals(PhoneNumber.of("3331234567"), PhoneNumber.of("3331234568"));
        assertNotEquals(PhoneNumber.of("+39 333 1234567"), PhoneNumber.of("+41 333 1234567"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void requiresAValue(String blank) {
        assertRefused(blank, "REQUIRED");
        assertNull(PhoneNumber.searchKey(blank));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mario Rossi",          // not a number
        "333 123 456a",         // a letter
        "333+1234567",          // plus inside
        "333_1234567",          // not a separator
        "12345678",             // no prefix and neither 3 nor 0
        "5551234567",
        "33312345",             // mobile of 8 digits
        "33312345678",          // mobile of 11 digits
        "01234",                // landline of 5 digits
        "012345678901",         // landline of 12 digits
        "0471 123456 7890",
        "+39 123456789",        // Italian, neither mobile nor landline
        "+39 33312345",         // Italian mobile too short
        "+39 0123",             // Italian landline too short
        "0039 123456789",
        "39 12345678901",       // 39 then something that is not Italian
        "39 1234",              // 39 then too few digits
        "+1234567",             // foreign, 7 digits in all
        "+1234567890123456",    // foreign, 16 digits in all
        "+0123456789",          // no country code starts with 0
        "+",
        "---",
        "000 123456789"
    })
    void refusesWhatIsNotAPhoneNumber(String input) {
        assertRefused(input, "INVALID_FORMAT");
        assertNull(PhoneNumber.searchKey(input));
    }

    @Test
    void namesTheFieldTheCallerGives() {
        BusinessException invalid = assertThrows(BusinessException.class, () -> PhoneNumber.of("abc", "mobile"));
        assertEquals("mobile", invalid.field());
        assertEquals("INVALID_FORMAT", invalid.code());
        BusinessException missing = assertThrows(BusinessException.class, () -> PhoneNumber.of(" ", "fax"));
        assertEquals("fax", missing.field());
        assertEquals("REQUIRED", missing.code());
        assertEquals("+393331234567", PhoneNumber.of("3331234567", "mobile").value());
    }
}
