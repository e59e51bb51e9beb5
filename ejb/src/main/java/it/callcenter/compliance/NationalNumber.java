package it.callcenter.compliance;

/** The Italian national form of an E.164 number, as the Registro delle Opposizioni writes it: no {@code +39}. */
final class NationalNumber {

    private static final String ITALY = "+39";

    private NationalNumber() {
    }

    /** {@code +393331234567} → {@code 3331234567}; a foreign number stays as it is. */
    static String of(String e164) {
        return e164.startsWith(ITALY) ? e164.substring(ITALY.length()) : e164;
    }
}
