package it.callcenter.agenda;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a draft, gathered field by field so the user fixes everything in one go. */
final class Violations {

    private final List<BusinessException> found = new ArrayList<>();

    /** The text stripped (null when blank); REQUIRED or TOO_LONG noted against the field. */
    String text(String field, String value, int max, boolean required) {
        String clean = value == null || value.isBlank() ? null : value.strip();
        if (clean == null && required) {
            add(field, "REQUIRED");
        } else if (clean != null && clean.length() > max) {
            add(field, "TOO_LONG", max);
            return null;
        }
        return clean;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            add(field, "REQUIRED");
        }
        return value;
    }

    void add(String field, String code, Object... arguments) {
        found.add(new BusinessException(field, code, arguments));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
