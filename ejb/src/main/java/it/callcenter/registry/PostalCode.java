package it.callcenter.registry;

import it.callcenter.BusinessException;

/** An Italian postal code (CAP): exactly five digits once trimmed, leading zeros kept ({@code 00184}). */
public final class PostalCode {

    public static final String FIELD = "postalCode";

    private final String value;

    private PostalCode(String value) {
        this.value = value;
    }

    /** Trims and validates; throws {@link BusinessException} on field {@code postalCode} ({@code REQUIRED}, {@code INVALID_FORMAT}). */
    public static PostalCode of(String raw) {
        if (ItalianChecks.isBlank(raw)) {
            throw new BusinessException(FIELD, "REQUIRED");
        }
        String code = raw.strip();
        if (code.length() != 5 || !ItalianChecks.allDigits(code)) {
            throw new BusinessException(FIELD, "INVALID_FORMAT");
        }
        return new PostalCode(code);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalCode that && value.equals(that.value);
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
