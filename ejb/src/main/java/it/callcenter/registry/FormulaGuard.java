package it.callcenter.registry;

/**
 * Keeps a spreadsheet from reading an exported value as a formula (CSV/formula injection, OWASP's advice): a text
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in
 * front. No exception for phone numbers: an E.164 number ({@code +39333…}) comes out as {@code '+39333…}, since a
 * leading {@code +} is exactly what Excel evaluates; a name like {@code -2} or {@code @home} alike. Both export
 * adapters, CSV and XLSX, pass every text cell through here, so the two files always agree.
 */
public final class FormulaGuard {

    static final char QUOTE = '\'';
    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** The value as it is safe to write in a cell; {@code null} stays {@code null}. */
    public static String neutralise(String value) {
        return isDangerous(value) ? QUOTE + value : value;
    }

    public static boolean isDangerous(String value) {
        return value != null && !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0;
    }
}
