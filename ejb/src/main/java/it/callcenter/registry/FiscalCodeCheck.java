package it.callcenter.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares a personal codice fiscale with the data a person was registered with. The differences are warnings
 * for the operator, not refusals: a code may be right even when it disagrees (omocodia, data typed wrong).
 * The birth date is compared on day, month and two-digit year, so the code's century ambiguity never warns.
 */
public final class FiscalCodeCheck {

    public static final String SURNAME_MISMATCH = "SURNAME_MISMATCH";
    public static final String NAME_MISMATCH = "NAME_MISMATCH";
    public static final String BIRTH_DATE_MISMATCH = "BIRTH_DATE_MISMATCH";
    public static final String GENDER_MISMATCH = "GENDER_MISMATCH";
    public static final String BIRTH_PLACE_MISMATCH = "BIRTH_PLACE_MISMATCH";

    private FiscalCodeCheck() {
    }

    /**
     * The warning codes, in the order surname, name, birth date, gender, birthplace. A null (or blank) argument
     * is not checked; a numeric code carries no personal data, so it gives no warnings.
     */
    public static List<String> mismatches(FiscalCode code, String firstName, String lastName, LocalDate birthDate,
            Character gender, String birthPlaceCadastralCode) {
        if (code == null || !code.isPersonal()) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        if (!ItalianChecks.isBlank(lastName) && !code.surnameCode().equals(FiscalCode.expectedSurnameCode(lastName))) {
            warnings.add(SURNAME_MISMATCH);
        }
        if (!ItalianChecks.isBlank(firstName) && !code.nameCode().equals(FiscalCode.expectedNameCode(firstName))) {
            warnings.add(NAME_MISMATCH);
        }
        if (birthDate != null && (birthDate.getYear() % 100 != code.birthYearOfCentury()
                || birthDate.getMonthValue() != code.birthMonth()
                || birthDate.getDayOfMonth() != code.birthDayOfMonth())) {
            warnings.add(BIRTH_DATE_MISMATCH);
        }
        if (gender != null && Character.toUpperCase(gender) != code.gender()) {
            warnings.add(GENDER_MISMATCH);
        }
        if (!ItalianChecks.isBlank(birthPlaceCadastralCode) && !code.birthPlaceCode()
                .equals(ItalianChecks.stripSpaces(birthPlaceCadastralCode).toUpperCase(Locale.ROOT))) {
            warnings.add(BIRTH_PLACE_MISMATCH);
        }
        return List.copyOf(warnings);
    }
}
