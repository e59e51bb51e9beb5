package it.callcenter.compliance;

import java.time.Instant;

/** A number on the do-not-call list (E.164), where it came from, when and by whom it was added. */
public record DoNotCallEntry(String number, DoNotCallSource source, Instant addedAt, String addedBy) {

    public String readableNumber() {
        return readable(number);
    }

    /** For people: an Italian number without {@code +39}, a mobile spaced as {@code 333 123 4567}; others as stored. */
    public static String readable(String e164) {
        String national = NationalNumber.of(e164);
        if (national.equals(e164) || !national.startsWith("3") || national.length() < 9) {
            return national;
        }
        return national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6);
    }
}
