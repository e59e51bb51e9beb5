package it.callcenter.simulators;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The SMSC's own reading of what it is sent, written apart from the application's encoder so that a test compares
 * two implementations: the GSM 03.38 default alphabet one septet per octet (data coding 0), its extension table
 * after the escape 0x1B, and UCS-2 (data coding 8) as UTF-16BE.
 */
final class GsmText {

    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final int ESCAPE = 0x1b;
    private static final char[][] EXTENSION = {{0x0a, '\f'}, {0x14, '^'}, {0x28, '{'}, {0x29, '}'}, {0x2f, '\\'},
            {0x3c, '['}, {0x3d, '~'}, {0x3e, ']'}, {0x40, '|'}, {0x65, '€'}};

    private GsmText() {
    }

    static String decode(byte dataCoding, byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        return switch (dataCoding & 0x0f) {
            case 0x08 -> new String(bytes, StandardCharsets.UTF_16BE);
            case 0x03 -> new String(bytes, StandardCharsets.ISO_8859_1);
            default -> septets(bytes);
        };
    }

    private static String septets(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            int septet = bytes[i] & 0x7f;
            if (septet == ESCAPE && i + 1 < bytes.length) {
                text.append(extension(bytes[++i] & 0x7f));
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    private static char extension(int code) {
        for (char[] pair : EXTENSION) {
            if (pair[0] == code) {
                return pair[1];
            }
        }
        return ' ';
    }

    /** The text in the default alphabet when every character has a septet, else null. */
    static byte[] encodeOrNull(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            int basic = BASIC.indexOf(c);
            if (basic >= 0 && basic != ESCAPE) {
                out.write(basic);
                continue;
            }
            char[] found = null;
            for (char[] pair : EXTENSION) {
                if (pair[1] == c) {
                    found = pair;
                }
            }
            if (found == null) {
                return null;
            }
            out.write(ESCAPE);
            out.write(found[0]);
        }
        return out.toByteArray();
    }
}
