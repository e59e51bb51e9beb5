package it.callcenter.campaign;

import it.callcenter.BusinessException;

import java.util.List;
import java.util.Locale;

/**
 * Moves a campaign's waiting entries up (dispatched before the others) or down the dispatch order by {@code steps};
 * only those of the given provinces (abbreviations) and postal codes when any is given, all otherwise.
 */
public record PriorityPush(Direction direction, Integer steps, List<String> provinces, List<String> postalCodes) {

    public enum Direction { UP, DOWN }

    public static final int MAX_STEPS = 100;

    /** The change of the entries' priority number: dispatch reads the lowest first. */
    int delta() {
        if (direction == null) {
            throw new BusinessException("direction", "REQUIRED");
        }
        int n = steps == null ? 1 : steps;
        if (n < 1 || n > MAX_STEPS) {
            throw new BusinessException("steps", "OUT_OF_RANGE", 1, MAX_STEPS);
        }
        return direction == Direction.UP ? -n : n;
    }

    String[] provinceValues() {
        return clean(provinces, true);
    }

    String[] postalCodeValues() {
        return clean(postalCodes, false);
    }

    private static String[] clean(List<String> values, boolean upper) {
        if (values == null) {
            return new String[0];
        }
        if (values.size() > FillCriteria.MAX_POSTAL_CODES) {
            throw new BusinessException(null, "TOO_MANY_VALUES", FillCriteria.MAX_POSTAL_CODES);
        }
        return values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> upper ? v.strip().toUpperCase(Locale.ROOT) : v.strip()).distinct().toArray(String[]::new);
    }
}
