package it.callcenter.registry;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The registry's one definition of a valid party, used alike by the screens, the API and the importer.
 * Collects every violation before refusing, so the user sees all of them at once; a codice fiscale that
 * does not match the person's data is a warning, not a refusal.
 */
public final class PartyValidator {

    /** What validation needs to know from outside the party itself. */
    public interface Lookups {
        boolean comuneExists(String istatCode);

        Optional<String> cadastralCode(String istatCode);

        Optional<List<String>> postalCodes(String istatCode);

        boolean userExists(String username);

        List<String> ratings();

        List<String> contactLabels();

        List<CustomFieldView> customFields();
    }

    static final int NAME_MAX = 80;
    static final int COMPANY_NAME_MAX = 200;
    static final int STREET_MAX = 200;
    static final int CARRIER_MAX = 40;
    static final int CONTACT_MAX = 254;

    private final Lookups lookups;

    public PartyValidator(Lookups lookups) {
        this.lookups = lookups;
    }

    public ValidParty validate(PartyData data, String creator) {
        List<BusinessException> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (data.type() == null) {
            throw new ValidationException(List.of(new BusinessException("type", "REQUIRED")));
        }
        boolean person = data.type() == PartyType.PERSON;
        String firstName = person ? text(errors, "firstName", data.firstName(), true, NAME_MAX) : null;
        String lastName = person ? text(errors, "lastName", data.lastName(), true, NAME_MAX) : null;
        String companyName = person ? null : text(errors, "companyName", data.companyName(), true, COMPANY_NAME_MAX);
        String fiscalCode = attempt(errors, () -> blank(data.fiscalCode()) ? null : FiscalCode.of(data.fiscalCode()).value());
        if (person && fiscalCode != null && fiscalCode.length() != 16) {
            errors.add(new BusinessException("fiscalCode", "INVALID_FORMAT"));
        }
        String vatNumber = person ? null
                : attempt(errors, () -> blank(data.vatNumber()) ? null : VatNumber.of(data.vatNumber()).value());
        if (!person && vatNumber == null && errors.stream().noneMatch(e -> "vatNumber".equals(e.field()))) {
            errors.add(new BusinessException("vatNumber", "REQUIRED"));
        }
        String gender = person ? gender(errors, data.gender()) : null;
        LocalDate birthDate = person ? pastDate(errors, "birthDate", data.birthDate()) : null;
        String birthComune = person ? comune(errors, "birthComuneIstat", data.birthComuneIstat()) : null;
        LocalDate activityStart = person ? null : pastDate(errors, "activityStart", data.activityStart());

        PartyData.AddressData address = data.address() == null ? new PartyData.AddressData(null, null, null) : data.address();
        String street = text(errors, "address.street", address.street(), false, STREET_MAX);
        String comuneIstat = comune(errors, "address.comuneIstat", address.comuneIstat());
        String postalCode = postalCode(errors, comuneIstat, address.postalCode());

        List<Contact> contacts = labelled(errors, contacts(errors, data.contacts()), data.contacts());
        if (person && contacts.stream().noneMatch(c -> c.getKind() == ContactKind.MOBILE)) {
            errors.add(new BusinessException("contacts", "MOBILE_REQUIRED"));
        }
        Set<String> owners = owners(errors, data.owners(), creator, data.visibility());
        String status = data.status() == null ? PartyStatus.INITIAL : data.status();
        if (!PartyStatus.ALL.contains(status)) {
            errors.add(new BusinessException("status", "INVALID_VALUE"));
        }
        String rating = blank(data.rating()) ? null : data.rating().strip();
        if (rating != null && !lookups.ratings().contains(rating)) {
            errors.add(new BusinessException("rating", "INVALID_VALUE"));
        }
        Map<Long, String> customValues = customValues(errors, data.type(), data.customFields());
        String note = note(errors, data.note());
        List<String> interests = data.interests() == null ? List.of()
                : data.interests().stream().filter(i -> !blank(i)).map(String::strip).distinct().toList();
        interests.stream().filter(i -> i.length() > Interest.NAME_MAX).findFirst()
                .ifPresent(i -> errors.add(new BusinessException("interests", "TOO_LONG", Interest.NAME_MAX)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (person && fiscalCode != null) {
            warnings.addAll(FiscalCodeCheck.mismatches(FiscalCode.of(fiscalCode), firstName, lastName, birthDate,
                    gender == null ? null : gender.charAt(0),
                    birthComune == null ? null : lookups.cadastralCode(birthComune).orElse(null)));
        }
        EnumMap<Consent, Boolean> consents = new EnumMap<>(Consent.class);
        for (Consent consent : Consent.values()) {
            consents.put(consent, data.consents() != null && data.consents().granted(consent));
        }
        return new ValidParty(data.type(), firstName, lastName, companyName, fiscalCode, vatNumber, birthDate, gender,
                birthComune, activityStart, street, comuneIstat, postalCode, contacts, interests, consents,
                person ? null : data.legalRepresentativeId(),
                person || data.administratorIds() == null ? List.of() : List.copyOf(data.administratorIds()),
                owners, data.visibility() == null ? Visibility.ALL : data.visibility(), status, rating, customValues,
                note, warnings);
    }

    /** A note keeps its lines; only the blanks around it go. */
    private static String note(List<BusinessException> errors, String raw) {
        if (blank(raw)) {
            return null;
        }
        String note = raw.strip().replace("\r\n", "\n");
        if (note.length() > Party.NOTE_MAX) {
            errors.add(new BusinessException("note", "TOO_LONG", Party.NOTE_MAX));
            return null;
        }
        return note;
    }

    private Map<Long, String> customValues(List<BusinessException> errors, PartyType type, Map<String, String> raw) {
        Map<Long, String> values = new HashMap<>();
        Map<String, String> given = raw == null ? Map.of() : raw;
        for (CustomFieldView field : lookups.customFields()) {
            if (!field.active() || !field.appliesTo(type)) {
                continue;
            }
            String value = given.get(field.code());
            String name = "customFields." + field.code();
            if (blank(value)) {
                if (field.required()) {
                    errors.add(new BusinessException(name, "REQUIRED"));
                }
                continue;
            }
            try {
                values.put(field.id(), field.type().normalize(name, value, field.choices()));
            } catch (BusinessException e) {
                errors.add(e);
            }
        }
        return values;
    }

    private static String text(List<BusinessException> errors, String field, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                errors.add(new BusinessException(field, "REQUIRED"));
            }
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > max) {
            errors.add(new BusinessException(field, "TOO_LONG", max));
            return null;
        }
        return stripped;
    }

    private static String attempt(List<BusinessException> errors, Supplier<String> parse) {
        try {
            return parse.get();
        } catch (BusinessException e) {
            errors.add(e);
            return null;
        }
    }

    private static String gender(List<BusinessException> errors, String gender) {
        if (blank(gender)) {
            return null;
        }
        String upper = gender.strip().toUpperCase();
        if (!upper.equals("M") && !upper.equals("F")) {
            errors.add(new BusinessException("gender", "INVALID_VALUE"));
            return null;
        }
        return upper;
    }

    private static LocalDate pastDate(List<BusinessException> errors, String field, LocalDate date) {
        if (date != null && (date.isAfter(LocalDate.now()) || date.getYear() < 1850)) {
            errors.add(new BusinessException(field, "INVALID_DATE"));
            return null;
        }
        return date;
    }

    private String comune(List<BusinessException> errors, String field, String istat) {
        if (blank(istat)) {
            return null;
        }
        if (!lookups.comuneExists(istat.strip())) {
            errors.add(new BusinessException(field, "UNKNOWN_COMUNE"));
            return null;
        }
        return istat.strip();
    }

    private String postalCode(List<BusinessException> errors, String comuneIstat, String raw) {
        String postalCode = attempt(errors, () -> blank(raw) ? null : PostalCode.of(raw).value());
        if (postalCode == null && comuneIstat != null) {
            List<String> codes = lookups.postalCodes(comuneIstat).orElse(List.of());
            return codes.size() == 1 ? codes.get(0) : null;
        }
        if (postalCode != null && comuneIstat != null
                && !lookups.postalCodes(comuneIstat).orElse(List.of()).contains(postalCode)) {
            errors.add(new BusinessException("address.postalCode", "POSTAL_CODE_NOT_OF_COMUNE"));
        }
        return postalCode;
    }

    private static List<Contact> contacts(List<BusinessException> errors, List<PartyData.ContactData> raw) {
        List<Contact> contacts = new ArrayList<>();
        if (raw == null) {
            return contacts;
        }
        for (int i = 0; i < raw.size(); i++) {
            PartyData.ContactData data = raw.get(i);
            String field = "contacts[" + i + "]";
            if (data == null || blank(data.value())) {
                continue;
            }
            if (data.kind() == null) {
                errors.add(new BusinessException(field + ".kind", "REQUIRED"));
                continue;
            }
            String carrier = text(errors, field + ".carrier", data.carrier(), false, CARRIER_MAX);
            Contact contact = attemptContact(errors, field, data, carrier);
            if (contact != null && contacts.stream().noneMatch(c -> c.getSearchKey().equals(contact.getSearchKey())
                    && c.getKind() == contact.getKind())) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    /** Labels come from the administrator's list; contacts keep their order, so the raw list lines up. */
    private List<Contact> labelled(List<BusinessException> errors, List<Contact> contacts, List<PartyData.ContactData> raw) {
        if (raw == null) {
            return contacts;
        }
        List<String> allowed = lookups.contactLabels();
        List<Contact> result = new ArrayList<>();
        for (Contact contact : contacts) {
            String label = raw.stream().filter(r -> r != null && r.label() != null && !r.label().isBlank() && r.kind() == contact.getKind()
                            && r.value() != null && sameContact(contact, r.value()))
                    .map(r -> r.label().strip()).findFirst().orElse(null);
            if (label != null && !allowed.contains(label)) {
                errors.add(new BusinessException("contacts", "INVALID_LABEL", label));
                label = null;
            }
            result.add(contact.labelled(label));
        }
        return result;
    }

    private static boolean sameContact(Contact contact, String rawValue) {
        String key = contact.getKind().isPhone() ? PhoneNumber.searchKey(rawValue) : rawValue.strip().toLowerCase();
        return contact.getSearchKey().equals(key);
    }

    private static Contact attemptContact(List<BusinessException> errors, String field, PartyData.ContactData data, String carrier) {
        try {
            String value = data.value().strip();
            return switch (data.kind()) {
                case MOBILE, PHONE, FAX -> {
                    String e164 = PhoneNumber.of(value, field + ".value").value();
                    yield new Contact(data.kind(), e164, e164, data.kind() == ContactKind.MOBILE ? carrier : null, false);
                }
                case EMAIL -> {
                    String email = EmailAddress.of(value, field + ".value").value();
                    yield new Contact(ContactKind.EMAIL, email, email.toLowerCase(), null, Boolean.TRUE.equals(data.emailConsent()));
                }
                case WEBSITE, SOCIAL -> {
                    if (value.length() > CONTACT_MAX || value.contains(" ") || value.toLowerCase().startsWith("javascript:")) {
                        throw new BusinessException(field + ".value", "INVALID_FORMAT");
                    }
                    yield new Contact(data.kind(), value, value.toLowerCase(), null, false);
                }
            };
        } catch (BusinessException e) {
            errors.add(e);
            return null;
        }
    }

    private Set<String> owners(List<BusinessException> errors, List<String> raw, String creator, Visibility visibility) {
        Set<String> owners = new LinkedHashSet<>();
        if (raw != null) {
            for (String owner : raw) {
                if (blank(owner)) {
                    continue;
                }
                if (!lookups.userExists(owner.strip())) {
                    errors.add(new BusinessException("owners", "UNKNOWN_USER", owner.strip()));
                } else {
                    owners.add(owner.strip());
                }
            }
        }
        if (owners.isEmpty() && visibility == Visibility.OWNERS && creator != null) {
            owners.add(creator);
        }
        return owners;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
