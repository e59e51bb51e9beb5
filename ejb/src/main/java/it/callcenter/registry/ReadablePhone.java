package it.callcenter.registry;

import java.util.Set;

/**
 * A stored number (E.164) as people read and dictate it: {@code +39 320 520 2927} for an Italian mobile (3+3+4
 * after {@code +39}), {@code +39 06 1234 5678} or {@code +39 0331 123456} for a landline (the area code on its own:
 * two digits for Milano and Roma, three for the big cities, four elsewhere), {@code +41 791 234 567} abroad (the
 * country code on its own, the rest in groups of three or four). Anything that is not E.164 is shown as it is.
 */
public final class ReadablePhone {

    /** Country codes of one or two digits (ITU-T E.164); every other code has three. */
    private static final Set<String> SHORT_COUNTRY_CODES = Set.of("1", "7", "20", "27", "30", "31", "32", "33", "34",
            "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57",
            "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95",
            "98");

    /** Italian area codes of three digits (with the 0); Milano (02) and Roma (06) have two, the others four. */
    private static final Set<String> THREE_DIGIT_AREAS = Set.of("010", "011", "015", "019", "030", "031", "035", "039",
            "040", "041", "045", "049", "050", "051", "055", "059", "070", "071", "075", "079", "080", "081", "085",
            "089", "090", "091", "095", "099");

    private ReadablePhone() {
    }

    public static String of(String e164) {
        if (e164 == null || e164.length() < 4 || e164.charAt(0) != '+' || !e164.substring(1).chars().allMatch(Character::isDigit)) {
            return e164;
        }
        String digits = e164.substring(1);
        if (digits.startsWith("39")) {
            return "+39 " + italian(digits.substring(2));
        }
        int codeLength = SHORT_COUNTRY_CODES.contains(digits.substring(0, 1)) ? 1
                : SHORT_COUNTRY_CODES.contains(digits.substring(0, 2)) ? 2 : 3;
        return "+" + digits.substring(0, codeLength) + " " + groups(digits.substring(codeLength));
    }

    private static String italian(String national) {
        if (!national.startsWith("0")) {
            return groups(national);
        }
        int area = national.startsWith("02") || national.startsWith("06") ? 2
                : national.length() >= 3 && THREE_DIGIT_AREAS.contains(national.substring(0, 3)) ? 3 : 4;
        if (national.length() <= area + 3) {
            return national;
        }
        return national.substring(0, area) + " " + groups(national.substring(area));
    }

    /** 6 digits as 3+3, 7 as 3+4, 8 as 4+4, 9 as 3+3+3, 10 as 3+3+4, then threes in front; 5 or fewer at once. */
    static String groups(String digits) {
        int n = digits.length();
        if (n <= 5) {
            return digits;
        }
        if (n <= 8) {
            int first = n == 8 ? 4 : 3;
            return digits.substring(0, first) + " " + digits.substring(first);
        }
        return digits.substring(0, 3) + " " + groups(digits.substring(3));
    }
}
