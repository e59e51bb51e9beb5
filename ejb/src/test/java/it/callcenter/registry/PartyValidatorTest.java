package it.callcenter.registry;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one definition of a valid party: every violation at once, canonical values, warnings not refusals. */
class PartyValidatorTest {

    private static final CustomFieldView SECTOR = new CustomFieldView(7, "settore", "Settore", CustomFieldType.CHOICE,
            CustomField.AppliesTo.COMPANY, true, List.of("Edilizia", "Commercio"), true, 0);

    private final PartyValidator validator = new PartyValidator(new PartyValidator.Lookups() {
        @Override
        public boolean comuneExists(String istatCode) {
            return istatCode.equals("058091") || istatCode.equals("015146");
        }

        @Override
        public Optional<String> cadastralCode(String istatCode) {
            return Optional.of(istatCode.equals("058091") ? "H501" : "F205");
        }

        @Override
        public Optional<List<String>> postalCodes(String istatCode) {
            return Optional.of(istatCode.equals("058091") ? List.of("00118", "00184") : List.of("20121"));
        }

        @Override
        public boolean userExists(String username) {
            return username.startsWith("operator");
        }

        @Override
        public List<String> ratings() {
            return List.of("A - Ottimo");
        }

        @Override
        public List<String> contactLabels() {
            return List.of("Casa", "Ufficio");
        }

        @Override
        public List<CustomFieldView> customFields() {
            return List.of(SECTOR);
        }
    });

    private static PartyData person(String fiscalCode, String mobile, String comune, String postalCode) {
        return new PartyData(PartyType.PERSON, " Mario ", "Rossi", null, fiscalCode, null, LocalDate.of(1985, 12, 10), "m",
                null, null, new PartyData.AddressData("Via Roma 1", comune, postalCode),
                mobile == null ? List.of() : List.of(new PartyData.ContactData(ContactKind.MOBILE, mobile, "TIM", null, null)),
                List.of("Fotovoltaico", " fotovoltaico ", ""), null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void normalisesAValidPerson() {
        String code = "RSSMRA85T10H501" + checkLetterFor("RSSMRA85T10H501");
        ValidParty valid = validator.validate(person(code.toLowerCase(), "333 1234567", "058091", "00184"), "operator1");
        assertEquals(code, valid.fiscalCode());
        assertEquals(List.of(), valid.warnings(), "name, date, gender and birth place agree");
        assertEquals("Mario", valid.firstName());
        assertEquals("M", valid.gender());
        assertEquals("+393331234567", valid.contacts().get(0).getValue());
        assertEquals("00184", valid.postalCode());
        assertEquals(List.of("Fotovoltaico", "fotovoltaico"), valid.interests());
    }

    @Test
    void contactLabelsComeFromTheList() {
        PartyData data = new PartyData(PartyType.PERSON, "Mario", "Rossi", null, null, null, null, null, null, null, null,
                List.of(new PartyData.ContactData(ContactKind.MOBILE, "333 1234567", null, null, "Ufficio"),
                        new PartyData.ContactData(ContactKind.PHONE, "06 1234567", null, null, "Cantina")),
                null, null, null, null, null, null, null, null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(data, "operator1"));
        assertEquals("INVALID_LABEL", e.violations().get(0).code());
        PartyData good = new PartyData(PartyType.PERSON, "Mario", "Rossi", null, null, null, null, null, null, null, null,
                List.of(new PartyData.ContactData(ContactKind.MOBILE, "333 1234567", null, null, "Ufficio")),
                null, null, null, null, null, null, null, null, null, null, null);
        assertEquals("Ufficio", validator.validate(good, "operator1").contacts().get(0).getLabel());
    }

    @Test
    void reportsEveryViolationAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.validate(person("RSSMRA85T10H501A", null, "999999", "00184"), "operator1"));
        List<String> codes = e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
        assertTrue(codes.contains("fiscalCode:INVALID_CHECK_DIGIT"), codes.toString());
        assertTrue(codes.contains("contacts:MOBILE_REQUIRED"), codes.toString());
        assertTrue(codes.contains("address.comuneIstat:UNKNOWN_COMUNE"), codes.toString());
    }

    @Test
    void aPostalCodeOfAnotherComuneIsRefusedAndTheOnlyOneIsFilledIn() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.validate(person(null, "3331234567", "015146", "00184"), "operator1"));
        assertEquals("address.postalCode", e.violations().get(0).field());
        assertEquals("20121", validator.validate(person(null, "3331234567", "015146", null), "operator1").postalCode());
    }

    @Test
    void aFiscalCodeThatDoesNotMatchIsAWarning() {
        String forAnotherName = "BNCLCU85T10H501";
        String code = forAnotherName + checkLetterFor(forAnotherName);
        ValidParty valid = validator.validate(person(code, "3331234567", null, null), "operator1");
        assertTrue(valid.warnings().contains("SURNAME_MISMATCH"), valid.warnings().toString());
        assertTrue(valid.warnings().contains("NAME_MISMATCH"), valid.warnings().toString());
    }

    @Test
    void companiesNeedAVatNumberAndTheirRequiredCustomFields() {
        PartyData company = new PartyData(PartyType.COMPANY, null, null, "Acme Srl", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, Map.of(), null);
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(company, "operator1"));
        List<String> fields = e.violations().stream().map(BusinessException::field).toList();
        assertEquals(List.of("vatNumber", "customFields.settore"), fields);

        PartyData complete = new PartyData(PartyType.COMPANY, null, null, "Acme Srl", null, "IT00159560366", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, "A - Ottimo", Map.of("settore", "Commercio"), null);
        ValidParty valid = validator.validate(complete, "operator1");
        assertEquals("00159560366", valid.vatNumber());
        assertEquals(Map.of(7L, "Commercio"), valid.customValues());
        assertEquals("A - Ottimo", valid.rating());
    }

    @Test
    void ownersMustExistAndAnOwnersOnlyPartyGetsItsCreator() {
        PartyData owned = new PartyData(PartyType.COMPANY, null, null, "Acme Srl", null, "00159560366", null, null, null,
                null, null, null, null, null, null, null, List.of("nobody"), Visibility.OWNERS, null, null, null, Map.of("settore", "Edilizia"), null);
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(owned, "operator1"));
        assertEquals("UNKNOWN_USER", e.violations().get(0).code());
        PartyData mine = new PartyData(PartyType.COMPANY, null, null, "Acme Srl", null, "00159560366", null, null, null,
                null, null, null, null, null, null, null, List.of(), Visibility.OWNERS, null, null, null, Map.of("settore", "Edilizia"), null);
        assertEquals(java.util.Set.of("operator1"), validator.validate(mine, "operator1").owners());
    }

    /** The check letter of a codice fiscale's first 15 characters, by the official tables. */
    private static char checkLetterFor(String first15) {
        int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? odd[index] : index;
        }
        return (char) ('A' + sum % 26);
    }
}
