package it.callcenter.telephony;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DialRulesTest {

    @Test
    void byDefaultItalianNumbersAreDialledNationallyAndForeignOnesWithTheInternationalPrefix() {
        DialRules rules = DialRules.parse(null);
        assertEquals("3381234567", rules.dial("+393381234567"));
        assertEquals("0612345678", rules.dial("+390612345678"));
        assertEquals("00441632960000", rules.dial("+441632960000"));
    }

    @Test
    void anOutsideLineDigitGoesInFront() {
        DialRules rules = DialRules.parse("+39=0;+=000");
        assertEquals("03381234567", rules.dial("+393381234567"));
        assertEquals("000441632960000", rules.dial("+441632960000"));
    }

    @Test
    void onlyDigitsReachThePbx() {
        assertEquals("3381234567", DialRules.parse("").dial("+39 338-123 4567"));
        assertThrows(IllegalArgumentException.class, () -> DialRules.parse("+39=0,s"));
        assertThrows(IllegalArgumentException.class, () -> DialRules.parse("39"));
        assertThrows(IllegalArgumentException.class, () -> DialRules.parse(null).dial("abc"));
    }
}
