package it.callcenter.registry;

import it.callcenter.BusinessException;

import java.util.Locale;

/**
 * A partita IVA: 11 digits (spaces and an optional leading {@code IT} removed) whose last digit is the check
 * digit, and whose office code (digits 8-10) is a real one: 001-100, 120, 121, 888 or 999.
 * Refusals: {@code REQUIRED}, {@code INVALID_FORMAT}, {@code INVALID_CHECK_DIGIT}, {@code INVALID_OFFICE_CODE}.
 */
public final class VatNumber {

    public static final String FIELD = "vatNumber";

    private final String value;

    private VatNumber(String value) {
        this.value = value;
    }

    /** Normalises and validates; throws {@link BusinessException} on field {@code vatNumber}. */
    public static VatNumber of(String raw) {
        if (ItalianChecks.isBlank(raw)) {
            throw new BusinessException(FIELD, "REQUIRED");
        }
        String number = ItalianChecks.stripSpaces(raw);
        if (number.toUpperCase(Locale.ROOT).startsWith("IT")) {
            number = number.substring(2);
        }
        if (number.length() != 11 || !ItalianChecks.allDigits(number)) {
            throw new BusinessException(FIELD, "INVALID_FORMAT");
        }
        if (!ItalianChecks.hasValidVatCheckDigit(number)) {
            throw new BusinessException(FIELD, "INVALID_CHECK_DIGIT");
        }
        if (!isOfficeCode(Integer.parseInt(number.substring(7, 10)))) {
            throw new BusinessException(FIELD, "INVALID_OFFICE_CODE");
        }
        return new VatNumber(number);
    }

    private static boolean isOfficeCode(int office) {
        return office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999;
    }

    /** The 11 digits, without the {@code IT} prefix. */
    public String value() {
        return value;
    }

    /** Digits 8-10, the office that issued the number. */
    public String officeCode() {
        return value.substring(7, 10);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VatNumber that && value.equals(that.value);
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
