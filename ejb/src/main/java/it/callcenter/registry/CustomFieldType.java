package it.callcenter.registry;

import it.callcenter.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What a custom field holds; each type normalises its own input or refuses it. */
public enum CustomFieldType {
    TEXT, NUMBER, DATE, CHOICE;

    public static final int VALUE_MAX = 1000;

    String normalize(String field, String raw, List<String> choices) {
        String value = raw.strip();
        switch (this) {
            case NUMBER -> {
                try {
                    return new BigDecimal(value.replace(',', '.')).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new BusinessException(field, "INVALID_NUMBER");
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new BusinessException(field, "INVALID_DATE");
                }
            }
            case CHOICE -> {
                if (!choices.contains(value)) {
                    throw new BusinessException(field, "INVALID_VALUE");
                }
                return value;
            }
            default -> {
                if (value.length() > VALUE_MAX) {
                    throw new BusinessException(field, "TOO_LONG", VALUE_MAX);
                }
                return value;
            }
        }
    }
}
