package it.callcenter.registry;

import java.text.Normalizer;
import java.util.Locale;

/** Shared pieces of the Italian identifiers: the partita IVA check digit and whitespace stripping. */
final class ItalianChecks {

    private ItalianChecks() {
    }

    /** Removes every whitespace character, including no-break spaces pasted from documents. */
    static String stripSpaces(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isBlank(String raw) {
        return raw == null || stripSpaces(raw).isEmpty();
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * The check digit of an 11-digit partita IVA (or numeric codice fiscale) computed on its first ten
     * digits: digits in odd positions are added, digits in even positions are doubled (minus 9 when over 9).
     */
    static int vatCheckDigit(String firstTenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = firstTenDigits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean hasValidVatCheckDigit(String elevenDigits) {
        return vatCheckDigit(elevenDigits) == elevenDigits.charAt(10) - '0';
    }

    /** Upper-cased letters A-Z only: accents removed (À becomes A), apostrophes, spaces and the rest dropped. */
    static String lettersOnly(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
