package it.callcenter.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileSnifferTest {

    @Test
    void windows1252AccentsAreNotUtf8() {
        byte[] bytes = "Cognome;Comune\r\nRossi;Forl\u00ec\r\n".getBytes(FileSniffer.WINDOWS_1252);
        assertEquals((byte) 0xEC, bytes[bytes.length - 3]);
        assertEquals(FileSniffer.WINDOWS_1252, FileSniffer.encoding(bytes, bytes.length));
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        byte[] plain = "Cognome;Comune\nRossi;Forl\u00ec\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, FileSniffer.encoding(plain, plain.length));
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(StandardCharsets.UTF_8, FileSniffer.encoding(bom, bom.length));
    }

    @Test
    void aHeadCutInsideACharacterIsStillUtf8() {
        byte[] head = new byte[FileSniffer.HEAD_BYTES];
        java.util.Arrays.fill(head, (byte) 'a');
        byte[] e = "\u00e8".getBytes(StandardCharsets.UTF_8);
        head[head.length - 1] = e[0];
        assertEquals(StandardCharsets.UTF_8, FileSniffer.encoding(head, head.length));
    }

    @Test
    void picksTheDelimiterThatIsConsistentOutsideQuotes() {
        assertEquals(';', FileSniffer.delimiter("Cognome;Nome;Note\nRossi;Mario;\"uno, due, tre\"\nBianchi;Anna;x\n"));
        assertEquals(',', FileSniffer.delimiter("a,b,c\n1,2,3\n4,\"5;6\",7\n"));
        assertEquals('\t', FileSniffer.delimiter("a\tb\tc\n1\t2\t3\n"));
        assertEquals('|', FileSniffer.delimiter("a|b|c\r\n1|2|3\r\n"));
        assertEquals(';', FileSniffer.delimiter("Note;Nome\n\"riga, con\nritorno\";Mario\n"));
    }
}
