package it.callcenter.registry;

import it.callcenter.BusinessException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A codice fiscale, in one of its two forms. The personal form has 16 characters (surname, name, birth date
 * and gender, birthplace, check character computed with the official odd/even tables); omocodic codes, where
 * the Agenzia delle Entrate replaced digits by the letters {@code LMNPQRSTUV}, are accepted and decoded.
 * The numeric form has 11 digits (companies and other entities) with the partita IVA check digit.
 * Spaces are stripped and letters upper-cased. Refusals: {@code REQUIRED}, {@code INVALID_FORMAT},
 * {@code INVALID_CHECK_DIGIT}, then {@code INVALID_DATE} (month letter or day that cannot exist).
 */
public final class FiscalCode {

    public static final String FIELD = "fiscalCode";

    /** Letters replacing the digits 0-9 in omocodic codes. */
    private static final String OMOCODIA = "LMNPQRSTUV";
    /** Month letters, January to December. */
    private static final String MONTHS = "ABCDEHLMPRST";
    /** Zero-based positions that hold digits, or their omocodic letters, in the personal form. */
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    /** Values of 0-9 then A-Z in the odd positions (1st, 3rd, ... 15th). */
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final String value;

    private FiscalCode(String value) {
        this.value = value;
    }

    /** Normalises (spaces stripped, upper case) and validates; throws {@link BusinessException} on field {@code fiscalCode}. */
    public static FiscalCode of(String raw) {
        if (ItalianChecks.isBlank(raw)) {
            throw new BusinessException(FIELD, "REQUIRED");
        }
        String code = ItalianChecks.stripSpaces(raw).toUpperCase(Locale.ROOT);
        if (code.length() == 11) {
            if (!ItalianChecks.allDigits(code)) {
                throw new BusinessException(FIELD, "INVALID_FORMAT");
            }
            if (!ItalianChecks.hasValidVatCheckDigit(code)) {
                throw new BusinessException(FIELD, "INVALID_CHECK_DIGIT");
            }
            return new FiscalCode(code);
        }
        if (code.length() != 16 || !hasPersonalShape(code)) {
            throw new BusinessException(FIELD, "INVALID_FORMAT");
        }
        if (checkCharacter(code) != code.charAt(15)) {
            throw new BusinessException(FIELD, "INVALID_CHECK_DIGIT");
        }
        int month = MONTHS.indexOf(code.charAt(8));
        int day = decodedNumber(code, 9, 11);
        int dayOfMonth = day > 40 ? day - 40 : day;
        if (month < 0 || dayOfMonth < 1 || dayOfMonth > DAYS_IN_MONTH[month]
                || month == 1 && dayOfMonth == 29 && decodedNumber(code, 6, 8) % 4 != 0) {
            throw new BusinessException(FIELD, "INVALID_DATE");
        }
        return new FiscalCode(code);
    }

    /** The canonical form: 16 upper-case characters as written (omocodic letters kept), or 11 digits. */
    public String value() {
        return value;
    }

    public boolean isPersonal() {
        return value.length() == 16;
    }

    public boolean isNumeric() {
        return value.length() == 11;
    }

    /** Whether some digits of a personal code were replaced by omocodic letters. */
    public boolean isOmocodic() {
        if (!isPersonal()) {
            return false;
        }
        for (int position : DIGIT_POSITIONS) {
            if (!Character.isDigit(value.charAt(position))) {
                return true;
            }
        }
        return false;
    }

    /** The three letters coding the surname (positions 1-3). */
    public String surnameCode() {
        return personal().substring(0, 3);
    }

    /** The three letters coding the first name (positions 4-6). */
    public String nameCode() {
        return personal().substring(3, 6);
    }

    /** The birth date, with the century chosen so that it is not after today's date. */
    public LocalDate birthDate() {
        return birthDate(LocalDate.now());
    }

    /**
     * The birth date, with the century chosen so that it is not after {@code today}: the two-digit year is read
     * in the 2000s, or in the 1900s when that would put the birth after {@code today}.
     */
    public LocalDate birthDate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        int twoDigitYear = birthYearOfCentury();
        int month = birthMonth();
        int day = birthDayOfMonth();
        try {
            LocalDate candidate = LocalDate.of(2000 + twoDigitYear, month, day);
            if (!candidate.isAfter(today)) {
                return candidate;
            }
            return LocalDate.of(1900 + twoDigitYear, month, day);
        } catch (DateTimeException e) {
            // only 29 February "00" read in 1900, which was not a leap year
            throw new BusinessException(FIELD, "INVALID_DATE");
        }
    }

    /** 'M' or 'F': women have 40 added to the day of birth. */
    public char gender() {
        return decodedNumber(personal(), 9, 11) > 40 ? 'F' : 'M';
    }

    /** The cadastral (Belfiore) code of the birthplace, e.g. {@code H501} for Roma, {@code Z...} abroad; omocodic letters decoded. */
    public String birthPlaceCode() {
        String code = personal();
        return code.charAt(11) + String.format("%03d", decodedNumber(code, 12, 15));
    }

    int birthYearOfCentury() {
        return decodedNumber(personal(), 6, 8);
    }

    int birthMonth() {
        return MONTHS.indexOf(personal().charAt(8)) + 1;
    }

    int birthDayOfMonth() {
        int day = decodedNumber(personal(), 9, 11);
        return day > 40 ? day - 40 : day;
    }

    /**
     * The surname code the official rules give: consonants, then vowels, then X up to three letters.
     * Accents are removed; apostrophes, spaces and other non-letters are ignored.
     */
    public static String expectedSurnameCode(String surname) {
        String letters = ItalianChecks.lettersOnly(Objects.requireNonNull(surname, "surname"));
        return (consonants(letters) + vowels(letters) + "XXX").substring(0, 3);
    }

    /**
     * The name code the official rules give: as for the surname, except that a name with four or more
     * consonants takes the first, third and fourth.
     */
    public static String expectedNameCode(String name) {
        String letters = ItalianChecks.lettersOnly(Objects.requireNonNull(name, "name"));
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + vowels(letters) + "XXX").substring(0, 3);
    }

    /** The check character of a personal code, computed on its first 15 characters as written. */
    static char checkCharacter(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            int index = digit ? c - '0' : c - 'A';
            if (i % 2 == 0) { // 1st, 3rd, ... in the official one-based numbering: the "odd" table
                sum += digit ? ODD_DIGITS[index] : ODD_LETTERS[index];
            } else {
                sum += index;
            }
        }
        return (char) ('A' + sum % 26);
    }

    private static boolean hasPersonalShape(String code) {
        for (int i = 0; i < 16; i++) {
            char c = code.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            if (isDigitPosition(i)) {
                if (!(c >= '0' && c <= '9') && OMOCODIA.indexOf(c) < 0) {
                    return false;
                }
            } else if (!letter) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigitPosition(int position) {
        for (int p : DIGIT_POSITIONS) {
            if (p == position) {
                return true;
            }
        }
        return false;
    }

    /** The number written in {@code [from, to)}, omocodic letters read back as digits. */
    private static int decodedNumber(String code, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            n = n * 10 + (c >= '0' && c <= '9' ? c - '0' : OMOCODIA.indexOf(c));
        }
        return n;
    }

    private String personal() {
        if (!isPersonal()) {
            throw new IllegalStateException("A numeric codice fiscale carries no personal data");
        }
        return value;
    }

    private static String consonants(String letters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if ("AEIOU".indexOf(letters.charAt(i)) < 0) {
                out.append(letters.charAt(i));
            }
        }
        return out.toString();
    }

    private static String vowels(String letters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if ("AEIOU".indexOf(letters.charAt(i)) >= 0) {
                out.append(letters.charAt(i));
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
