package it.callcenter.messaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An SMS's text as the network carries and bills it. GSM 03.38's default alphabet when every character is in it (7
 * bits a character; the extension table's {@code ^ { } \ [ ~ ] | €} take two, an escape and the character), else UCS-2
 * (16 bits a character: one accented letter outside the alphabet — {@code È}, {@code á}, {@code ó} — turns the whole
 * message into UCS-2 and halves its room). One segment holds 160 septets or 70 UCS-2 units; a longer message travels
 * in parts of 153 or 67 (the rest of each part is the concatenation header), and a character is never split between
 * two parts.
 */
public record SmsText(String text, Encoding encoding, int units, int segments) {

    public enum Encoding {
        GSM7, UCS2;

        /** SMPP's data_coding: 0 the SMSC's default alphabet, 8 UCS-2. */
        public byte dataCoding() {
            return this == GSM7 ? (byte) 0 : (byte) 0x08;
        }
    }

    public static final int GSM_SINGLE = 160;
    public static final int GSM_PART = 153;
    public static final int UCS2_SINGLE = 70;
    public static final int UCS2_PART = 67;
    /** The longest text sent: ten parts. */
    public static final int MAX_SEGMENTS = 10;

    /** The default alphabet, in septet order (0x1b is the escape to the extension table). */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table's characters and, at the same index, their codes after the escape. */
    static final String EXTENSION = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0a, 0x14, 0x28, 0x29, 0x2f, 0x3c, 0x3d, 0x3e, 0x40, 0x65};
    private static final int ESCAPE = 0x1b;

    public static SmsText of(String text) {
        String t = text == null ? "" : text;
        if (isGsm(t)) {
            int septets = septets(t);
            return new SmsText(t, Encoding.GSM7, septets, gsmSegments(t, septets));
        }
        return new SmsText(t, Encoding.UCS2, t.length(), ucs2Segments(t));
    }

    /** Whether every character is in the default alphabet or its extension. */
    public static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets of a text in the default alphabet: two for an extension character. */
    static int septets(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return septets;
    }

    /** Segments of a GSM message of {@code septets} septets, counted as if no extension character met a part's end. */
    public static int gsmSegments(int septets) {
        return septets == 0 ? 0 : septets <= GSM_SINGLE ? 1 : (septets + GSM_PART - 1) / GSM_PART;
    }

    /** Segments of a UCS-2 message of {@code units} UTF-16 units, counted as if no surrogate pair met a part's end. */
    public static int ucs2Segments(int units) {
        return units == 0 ? 0 : units <= UCS2_SINGLE ? 1 : (units + UCS2_PART - 1) / UCS2_PART;
    }

    private static int gsmSegments(String text, int septets) {
        if (septets <= GSM_SINGLE) {
            return septets == 0 ? 0 : 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int width = EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            if (used + width > GSM_PART) {
                parts++;
                used = 0;
            }
            used += width;
        }
        return parts;
    }

    private static int ucs2Segments(String text) {
        if (text.length() <= UCS2_SINGLE) {
            return text.isEmpty() ? 0 : 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int width = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            if (used + width > UCS2_PART) {
                parts++;
                used = 0;
            }
            used += width;
            i += width - 1;
        }
        return parts;
    }

    /** The bytes of SMPP's short message or message payload: one septet an octet (unpacked), or UTF-16BE. */
    public byte[] bytes() {
        if (encoding == Encoding.UCS2) {
            return text.getBytes(StandardCharsets.UTF_16BE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(units);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int extension = EXTENSION.indexOf(c);
            if (extension >= 0) {
                out.write(ESCAPE);
                out.write(EXTENSION_CODES[extension]);
            } else {
                out.write(BASIC.indexOf(c));
            }
        }
        return out.toByteArray();
    }

    /** A text a gateway delivered, in the data coding it declared: 8 UCS-2, 3 Latin-1, anything else the alphabet. */
    public static String decode(byte dataCoding, byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        if ((dataCoding & 0x0f) == 0x08) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if ((dataCoding & 0x0f) == 0x03) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int septet = bytes[i] & 0x7f;
            if (septet == ESCAPE && i + 1 < bytes.length) {
                int code = bytes[++i] & 0x7f;
                for (int e = 0; e < EXTENSION_CODES.length; e++) {
                    if (EXTENSION_CODES[e] == code) {
                        text.append(EXTENSION.charAt(e));
                    }
                }
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }
}
