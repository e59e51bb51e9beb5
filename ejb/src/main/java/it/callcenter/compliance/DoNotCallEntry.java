package it.callcenter.compliance;

import it.callcenter.registry.ReadablePhone;

import java.io.Serializable;
import java.time.Instant;

/** A number on the do-not-call list (E.164), where it came from, when and by whom it was added. */
public record DoNotCallEntry(String number, DoNotCallSource source, Instant addedAt, String addedBy) implements Serializable {

    public String readableNumber() {
        return readable(number);
    }

    /** For people: {@code +39 333 123 4567}, as every table shows a number ({@link ReadablePhone}). */
    public static String readable(String e164) {
        return ReadablePhone.of(e164);
    }
}
