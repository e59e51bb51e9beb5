package it.callcenter.benchmarks;

import it.callcenter.registry.EmailAddress;
import it.callcenter.registry.FiscalCode;
import it.callcenter.registry.FiscalCodeCheck;
import it.callcenter.registry.PhoneNumber;
import it.callcenter.registry.VatNumber;

import java.time.LocalDate;
import java.util.List;

/**
 * Runs a sample of the generated identifiers through the application's own value objects (FiscalCode,
 * FiscalCodeCheck, VatNumber, PhoneNumber, EmailAddress) and stops the load at the first one they refuse.
 * Not a measurement: it proves the benchmark searches data the application would have accepted.
 */
final class Verification {

    private long checked;

    void person(String fiscalCode, String firstName, String lastName, LocalDate birthDate, char gender,
                String cadastralCode) {
        FiscalCode code = FiscalCode.of(fiscalCode);
        require(code.value().equals(fiscalCode) && code.isPersonal(), "codice fiscale " + fiscalCode);
        List<String> mismatches = FiscalCodeCheck.mismatches(code, firstName, lastName, birthDate, gender, cadastralCode);
        require(mismatches.isEmpty(), "codice fiscale " + fiscalCode + " of " + lastName + " " + firstName + " "
                + birthDate + " " + gender + " " + cadastralCode + ": " + mismatches);
        checked++;
    }

    void company(String vatNumber) {
        require(VatNumber.of(vatNumber).value().equals(vatNumber), "partita IVA " + vatNumber);
        require(FiscalCode.of(vatNumber).isNumeric(), "numeric codice fiscale " + vatNumber);
        checked++;
    }

    void contacts(String mobile, String landline, String email) {
        PhoneNumber phone = PhoneNumber.of(mobile);
        require(phone.value().equals(mobile) && phone.isMobile(), "mobile " + mobile);
        if (landline != null) {
            PhoneNumber fixed = PhoneNumber.of(landline);
            require(fixed.value().equals(landline) && !fixed.isMobile(), "landline " + landline);
        }
        if (email != null) {
            require(EmailAddress.of(email).value().equals(email), "e-mail " + email);
        }
    }

    long checked() {
        return checked;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Generated " + what + " is not what the application accepts");
        }
    }
}
