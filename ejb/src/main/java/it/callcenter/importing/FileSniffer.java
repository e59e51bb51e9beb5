package it.callcenter.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses how a file was written from its first bytes. A byte order mark means UTF-8; bytes that decode as strict
 * UTF-8 mean UTF-8 too (a Windows-1252 accent is one byte above 0x7F, never a valid UTF-8 sequence next to
 * letters); anything else is Windows-1252, which Italian Excel writes and which contains ISO-8859-1's letters.
 * The delimiter is the candidate that appears the same non-zero number of times, outside quotes, on most of the
 * first lines.
 */
public final class FileSniffer {

    public static final int HEAD_BYTES = 64 * 1024;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};
    private static final int LINES = 20;

    private FileSniffer() {
    }

    public static boolean hasBom(byte[] head, int length) {
        return length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    public static Charset encoding(byte[] head, int length) {
        if (hasBom(head, length)) {
            return StandardCharsets.UTF_8;
        }
        int end = length;
        if (length == HEAD_BYTES) {
            end = cutIncompleteSequence(head, length);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The head may end inside a multi-byte character: drop its first bytes so the cut does not look malformed. */
    private static int cutIncompleteSequence(byte[] head, int length) {
        int end = length;
        for (int i = 1; i <= 3 && end - i >= 0; i++) {
            int b = head[end - i] & 0xFF;
            if (b >= 0xC0) {
                return end - i;
            }
            if (b < 0x80) {
                return end;
            }
        }
        return end;
    }

    public static char delimiter(String text) {
        List<int[]> counts = new ArrayList<>();
        boolean quoted = false;
        int[] line = new int[DELIMITERS.length];
        for (int i = 0; i < text.length() && counts.size() < LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                counts.add(line);
                line = new int[DELIMITERS.length];
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        line[d]++;
                    }
                }
            }
        }
        if (counts.size() < LINES) {
            counts.add(line);
        }
        counts.removeIf(l -> java.util.Arrays.stream(l).sum() == 0);
        char best = ';';
        int bestScore = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            int score = consistency(counts, d);
            if (score > bestScore) {
                bestScore = score;
                best = DELIMITERS[d];
            }
        }
        return best;
    }

    /** How many lines share the header's count of this delimiter (weighted by it, so ties favour more columns). */
    private static int consistency(List<int[]> counts, int d) {
        if (counts.isEmpty() || counts.get(0)[d] == 0) {
            return 0;
        }
        int expected = counts.get(0)[d];
        int same = 0;
        for (int[] line : counts) {
            if (line[d] == expected) {
                same++;
            }
        }
        return same * 1000 + expected;
    }
}
