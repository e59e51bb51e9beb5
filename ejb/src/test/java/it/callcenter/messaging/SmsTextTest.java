package it.callcenter.messaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsTextTest {

    @Test
    void italianLowerCaseAccentsAreInTheGsmAlphabet() {
        SmsText text = SmsText.of("Perché l'università è già lì, però");

        assertEquals(SmsText.Encoding.GSM7, text.encoding());
        assertEquals(34, text.units());
        assertEquals(1, text.segments());
    }

    @Test
    void oneLetterOutsideTheAlphabetMakesTheWholeMessageUcs2() {
        assertFalse(SmsText.isGsm("È"));
        assertFalse(SmsText.isGsm("perché sì, ó"));
        SmsText text = SmsText.of("È".repeat(1) + "a".repeat(69));
        assertEquals(SmsText.Encoding.UCS2, text.encoding());
        assertEquals(1, text.segments());
        assertEquals(2, SmsText.of("È" + "a".repeat(70)).segments());
        assertEquals(2, SmsText.of("È" + "a".repeat(133)).segments());
        assertEquals(3, SmsText.of("È" + "a".repeat(134)).segments());
    }

    @Test
    void gsmSegmentsAre160AloneAnd153InParts() {
        assertEquals(0, SmsText.of("").segments());
        assertEquals(1, SmsText.of("a".repeat(160)).segments());
        assertEquals(2, SmsText.of("a".repeat(161)).segments());
        assertEquals(2, SmsText.of("a".repeat(306)).segments());
        assertEquals(3, SmsText.of("a".repeat(307)).segments());
    }

    @Test
    void anExtensionCharacterCountsTwoSeptetsAndIsNeverSplit() {
        assertEquals(2, SmsText.of("€").units());
        assertEquals(1, SmsText.of("a".repeat(158) + "€").segments());
        assertEquals(2, SmsText.of("a".repeat(159) + "€").segments());
        // 152 + the euro's two septets do not fit a part of 153: the euro starts the second part, which then overflows
        SmsText text = SmsText.of("a".repeat(152) + "€" + "a".repeat(152));
        assertEquals(306, text.units());
        assertEquals(3, text.segments());
        assertEquals(2, SmsText.gsmSegments(306));
    }

    @Test
    void aSurrogatePairIsNeverSplitBetweenUcs2Parts() {
        SmsText text = SmsText.of("a".repeat(66) + "\uD83D\uDE00" + "a".repeat(66));
        assertEquals(134, text.units());
        assertEquals(3, text.segments());
    }

    @Test
    void bytesAreOneSeptetAnOctetOrUtf16() {
        assertArrayEquals(new byte[]{'C', 'i', 'a', 'o', ' ', 0x04, 0x1b, 0x65, 0x00}, SmsText.of("Ciao è€@").bytes());
        assertArrayEquals(new byte[]{0x00, (byte) 0xc8}, SmsText.of("È").bytes());
        assertEquals("Ciao è€@ [x]", SmsText.decode((byte) 0, SmsText.of("Ciao è€@ [x]").bytes()));
        assertEquals("Già È", SmsText.decode((byte) 8, SmsText.of("Già È").bytes()));
        assertTrue(SmsText.isGsm("STOP"));
    }
}
