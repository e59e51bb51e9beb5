package it.callcenter.registry;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostalCodeTest {

    private static void assertRefused(String input, String code) {
        BusinessException e = assertThrows(BusinessException.class, () -> PostalCode.of(input));
        assertEquals("postalCode", e.field());
        assertEquals(code, e.code());
    }

    @Test
    void keepsFiveDigitsWithTheirLeadingZeros() {
        assertEquals("00184", PostalCode.of("00184").value());
        assertEquals("20121", PostalCode.of(" 20121 ").value());
        assertEquals(PostalCode.of("00184"), PostalCode.of("00184 "));
        assertEquals(PostalCode.of("00184").hashCode(), PostalCode.of(" 00184").hashCode());
        assertEquals("00184", PostalCode.of("00184").toString());
        assertNotEquals(PostalCode.of("00184"), PostalCode.of("00185"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"     "})
    void requiresAValue(String blank) {
        assertRefused(blank, "REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0018", "001845", "00 184", "OO184", "-0184", "1234a", "184", "00184-1", "٠٠١٨٤"})
    void refusesAnythingButFiveDigits(String input) {
        assertRefused(input, "INVALID_FORMAT");
    }
}
