package it.callcenter.benchmarks;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Valid Italian identifiers for the generated parties: codici fiscali computed from surname, name, birth
 * date, gender and the birth comune's cadastral code (official rules, written here independently of the
 * application so that {@code FiscalCode.of} and {@code FiscalCodeCheck} are a real cross-check), partite IVA
 * with a real office code and the right check digit, and unique mobile numbers. Not a measurement: the
 * search by codice fiscale and by phone must look up values that exist, each once.
 */
final class Identifiers {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    /** Digit positions, from the right, that the Agenzia replaces one after the other for omocodia. */
    private static final int[] OMOCODIA_ORDER = {14, 13, 12, 10, 9, 7, 6};
    private static final int[] ODD_VALUES = { // 0-9 then A-Z
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    /** Codes already given, as 64-bit hashes: a second person with the same data gets an omocodic code. */
    private final LongSet issued;
    private long omocodic;

    Identifiers(int expectedPersons) {
        this.issued = new LongSet(expectedPersons);
    }

    /** The codice fiscale of a person; if the same code was already issued, its omocodic variant. */
    String fiscalCode(String lastName, String firstName, LocalDate birthDate, char gender, String cadastralCode) {
        char[] code = new char[16];
        surnameCode(lastName).getChars(0, 3, code, 0);
        nameCode(firstName).getChars(0, 3, code, 3);
        int year = birthDate.getYear() % 100;
        code[6] = (char) ('0' + year / 10);
        code[7] = (char) ('0' + year % 10);
        code[8] = MONTHS.charAt(birthDate.getMonthValue() - 1);
        int day = birthDate.getDayOfMonth() + (gender == 'F' ? 40 : 0);
        code[9] = (char) ('0' + day / 10);
        code[10] = (char) ('0' + day % 10);
        cadastralCode.getChars(0, 4, code, 11);
        code[15] = checkCharacter(code);
        for (int replaced = 0; !issued.add(hash(code)); replaced++) {
            if (replaced == OMOCODIA_ORDER.length) {
                throw new IllegalStateException("More than 8 persons share " + new String(code));
            }
            int position = OMOCODIA_ORDER[replaced];
            code[position] = OMOCODIA.charAt(code[position] - '0');
            code[15] = checkCharacter(code);
            if (replaced == 0) {
                omocodic++;
            }
        }
        return new String(code);
    }

    /** How many persons got an omocodic code because another had the same data. */
    long omocodicCount() {
        return omocodic;
    }

    /**
     * The {@code n}-th partita IVA: a permutation of [0, 10^9) gives distinct (7-digit number, office 001-100)
     * pairs for distinct n, then the check digit.
     */
    static String vatNumber(long n) {
        long x = Math.floorMod(n * 387_420_489L + 12_345_678L, 1_000_000_000L);
        String firstTen = String.format("%07d%03d", x / 100, x % 100 + 1);
        return firstTen + vatCheckDigit(firstTen);
    }

    /** The {@code n}-th mobile, E.164: a permutation of (prefix, 7 digits) pairs, so distinct for distinct n. */
    static String mobile(long n) {
        List<String> prefixes = ItalianNames.MOBILE_PREFIXES;
        long space = prefixes.size() * 10_000_000L;
        long x = Math.floorMod(n * 282_475_249L + 98_765_432L, space); // 7^10 is coprime with 2, 3 and 5
        return "+39" + prefixes.get((int) (x / 10_000_000L)) + String.format("%07d", x % 10_000_000L);
    }

    static int vatCheckDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = firstTen.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    static String surnameCode(String surname) {
        String letters = letters(surname);
        return (consonants(letters) + vowels(letters) + "XXX").substring(0, 3);
    }

    static String nameCode(String name) {
        String letters = letters(name);
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + vowels(letters) + "XXX").substring(0, 3);
    }

    static char checkCharacter(char[] code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code[i];
            int index = c <= '9' ? c - '0' : c - 'A' + 10;
            if (i % 2 == 0) {
                sum += ODD_VALUES[index];
            } else {
                sum += c <= '9' ? c - '0' : c - 'A';
            }
        }
        return (char) ('A' + sum % 26);
    }

    /** Upper-case A-Z only: "D'Angelo" gives DANGELO, "Nicolò" NICOLO. */
    static String letters(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String consonants(String letters) {
        StringBuilder out = new StringBuilder();
        for (char c : letters.toCharArray()) {
            if ("AEIOU".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String vowels(String letters) {
        StringBuilder out = new StringBuilder();
        for (char c : letters.toCharArray()) {
            if ("AEIOU".indexOf(c) >= 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static long hash(char[] code) {
        long h = 0xcbf29ce484222325L; // FNV-1a, then a murmur finaliser
        for (char c : code) {
            h = (h ^ c) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** An open-addressing set of non-zero longs: 16 bytes per code instead of a String per code. */
    private static final class LongSet {
        private final long[] slots;

        LongSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
            slots = new long[capacity];
        }

        boolean add(long value) {
            int mask = slots.length - 1;
            for (int i = (int) (value ^ value >>> 32) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == value) {
                    return false;
                }
                if (slots[i] == 0) {
                    slots[i] = value;
                    return true;
                }
            }
        }
    }
}
