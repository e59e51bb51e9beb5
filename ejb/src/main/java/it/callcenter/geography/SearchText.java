package it.callcenter.geography;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Italian text as it is compared: "Forlì", "FORLI'" and "forli" are the same, and so are "Sant'Angelo" and
 * "sant angelo". Done in Java, not with PostgreSQL's {@code unaccent}, so the stored search columns and the
 * queries are normalised by the same code. Anything that is not a letter or a digit (apostrophes, hyphens,
 * but also {@code %} and {@code _}) becomes a space, so a normalised text is always safe inside a LIKE.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** Lower case, without accents, words separated by single spaces; {@code ""} for null or blank text. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }
}
