package it.callcenter.registry;

import it.callcenter.BusinessException;

/**
 * A phone number in E.164 ({@code +393331234567}). Italian numbers may be written with {@code +39}, {@code 0039},
 * a bare {@code 39} (only when what follows is a plausible Italian number of 9-11 digits) or no prefix, with
 * spaces, dashes, dots, slashes and brackets; they must be a mobile (starting with 3, 9-10 digits) or a landline
 * (starting with 0, 6-11 digits, the 0 kept after {@code +39}). Foreign numbers need {@code +} or {@code 00} and
 * a country code, and are kept as given if they have 8-15 digits in all. Refusals: {@code REQUIRED},
 * {@code INVALID_FORMAT}.
 */
public final class PhoneNumber {

    public static final String FIELD = "phone";

    private static final String ITALY = "39";

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    /** Normalises and validates; throws {@link BusinessException} on field {@code phone}. */
    public static PhoneNumber of(String raw) {
        return of(raw, FIELD);
    }

    /** As {@link #of(String)}, naming the field in the refusal, e.g. {@code mobile}. */
    public static PhoneNumber of(String raw, String field) {
        if (ItalianChecks.isBlank(raw)) {
            throw new BusinessException(field, "REQUIRED");
        }
        String e164 = normalise(raw);
        if (e164 == null) {
            throw new BusinessException(field, "INVALID_FORMAT");
        }
        return new PhoneNumber(e164);
    }

    /**
     * The E.164 form of a phone number written in any of the accepted ways, or null if the input is not one;
     * for searching by phone whatever the user typed.
     */
    public static String searchKey(String anyInput) {
        return ItalianChecks.isBlank(anyInput) ? null : normalise(anyInput);
    }

    /** E.164: {@code +} and the digits, e.g. {@code +393331234567} or {@code +39061234567}. */
    public String value() {
        return value;
    }

    /** As people read it, e.g. {@code +39 320 520 2927}: see {@link ReadablePhone}. */
    public String readable() {
        return ReadablePhone.of(value);
    }

    public boolean isItalian() {
        return value.startsWith("+" + ITALY);
    }

    /** An Italian mobile: the national number starts with 3. */
    public boolean isMobile() {
        return isItalian() && value.charAt(3) == '3';
    }

    private static String normalise(String raw) {
        String trimmed = raw.strip();
        boolean plus = trimmed.startsWith("+");
        StringBuilder digits = new StringBuilder();
        for (int i = plus ? 1 : 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                return null;
            }
        }
        String number = digits.toString();
        if (!plus && number.startsWith("00")) {
            plus = true;
            number = number.substring(2);
        }
        if (plus) {
            if (number.startsWith(ITALY)) {
                return italian(number.substring(2));
            }
            return !number.startsWith("0") && number.length() >= 8 && number.length() <= 15 ? "+" + number : null;
        }
        String national = italian(number);
        if (national == null && number.startsWith(ITALY) && number.length() >= 11 && number.length() <= 13) {
            national = italian(number.substring(2));
        }
        return national;
    }

    /** The E.164 form of an Italian national number, or null if it is neither a mobile nor a landline. */
    private static String italian(String national) {
        int length = national.length();
        boolean mobile = national.startsWith("3") && length >= 9 && length <= 10;
        boolean landline = national.startsWith("0") && length >= 6 && length <= 11;
        return mobile || landline ? "+" + ITALY + national : null;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && value.equals(that.value);
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
