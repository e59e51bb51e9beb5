package it.callcenter.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A consent cell as the lists people import write it: S/N, SI/NO, X or empty, 1/0, true/false, VERO/FALSO, Y/N,
 * YES/NO, case, accents ("Sì") and spaces aside. An empty cell is a consent not given, as in the X-or-empty lists:
 * on an update too, where it withdraws a consent the party had (a consent no longer in the source is not kept).
 * Anything else is not guessed: the row is refused.
 */
final class ConsentValue {

    private static final Set<String> GIVEN = Set.of("s", "si", "x", "1", "true", "vero", "v", "y", "yes", "ok");
    private static final Set<String> NOT_GIVEN = Set.of("", "n", "no", "0", "false", "falso", "f");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Optional<Boolean> GIVEN_VALUE = Optional.of(true);
    private static final Optional<Boolean> NOT_GIVEN_VALUE = Optional.of(false);

    private ConsentValue() {
    }

    /** Given or not; empty when the value is none of the known forms. */
    static Optional<Boolean> parse(String raw) {
        String plain = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        Optional<Boolean> known = known(plain);
        return known.isPresent() ? known : known(withoutAccents(plain));
    }

    /** "Sì", "si'", "S." and "s i" as "si", "s", "si": the accent, an apostrophe or a dot at the end and spaces go. */
    private static String withoutAccents(String plain) {
        String key = COMBINING_MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("").replace(" ", "");
        return key.endsWith("'") || key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private static Optional<Boolean> known(String key) {
        if (GIVEN.contains(key)) {
            return GIVEN_VALUE;
        }
        if (NOT_GIVEN.contains(key)) {
            return NOT_GIVEN_VALUE;
        }
        return Optional.empty();
    }
}
