package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.geography.ComuneView;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A record of the file as the registry's {@link PartyData}: a person unless only a company name is given, the
 * comune found by name (in the given province, or by the CAP when the name is in two provinces) or by the CAP
 * alone. What cannot be turned into data (a date, a comune) is refused here; the rest is the validator's job.
 */
public final class RowMapper {

    /** The comuni lookups the mapper needs: those of the geography area. */
    public interface Comuni {
        List<ComuneView> byName(String name, String provinceAbbr);

        List<ComuneView> byPostalCode(String postalCode);
    }

    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("d/M/uuuu", "uuuu-M-d", "d-M-uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    /** The column of each field (by ordinal), -1 where none: asked 16 times a record, a million records a file. */
    private final int[] columns = new int[ImportField.values().length];
    private final Comuni comuni;

    public RowMapper(ColumnMapping mapping, Comuni comuni) {
        java.util.Arrays.fill(columns, -1);
        mapping.fields().forEach((column, field) -> {
            if (columns[field.ordinal()] < 0) {
                columns[field.ordinal()] = column;
            }
        });
        this.comuni = comuni;
    }

    public PartyData map(List<String> values) {
        List<BusinessException> errors = new ArrayList<>();
        String lastName = get(values, ImportField.lastName);
        String firstName = get(values, ImportField.firstName);
        String companyName = get(values, ImportField.companyName);
        boolean company = companyName != null && lastName == null && firstName == null;
        String postalCode = get(values, ImportField.postalCode);
        String comune = comune(errors, get(values, ImportField.comune), get(values, ImportField.province), postalCode);
        LocalDate birthDate = date(errors, get(values, ImportField.birthDate));
        List<PartyData.ContactData> contacts = new ArrayList<>();
        contact(contacts, ContactKind.MOBILE, get(values, ImportField.mobile), get(values, ImportField.carrier));
        contact(contacts, ContactKind.PHONE, get(values, ImportField.phone), null);
        contact(contacts, ContactKind.EMAIL, get(values, ImportField.email), null);
        String interests = get(values, ImportField.interests);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PartyData(company ? PartyType.COMPANY : PartyType.PERSON, company ? null : firstName,
                company ? null : lastName, company ? companyName : null, get(values, ImportField.fiscalCode),
                get(values, ImportField.vatNumber), company ? null : birthDate, company ? null : get(values, ImportField.gender),
                null, null, new PartyData.AddressData(get(values, ImportField.street), comune, postalCode), contacts,
                interests == null ? List.of() : Arrays.stream(interests.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                null, null, null, null, null, null, null, null, null);
    }

    /** As {@link ColumnMapping#value}: the field's value stripped, null when empty or absent. */
    private String get(List<String> values, ImportField field) {
        int column = columns[field.ordinal()];
        if (column < 0 || column >= values.size() || values.get(column) == null) {
            return null;
        }
        String value = values.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private String comune(List<BusinessException> errors, String name, String province, String postalCode) {
        if (name != null) {
            List<ComuneView> found = comuni.byName(name, province);
            if (found.size() > 1 && postalCode != null) {
                found = found.stream().filter(c -> c.postalCodes().contains(postalCode.strip())).toList();
            }
            if (found.size() == 1) {
                return found.get(0).istatCode();
            }
            errors.add(new BusinessException("address.comune", found.isEmpty() ? "UNKNOWN_COMUNE" : "AMBIGUOUS_COMUNE", name));
            return null;
        }
        if (postalCode != null) {
            List<ComuneView> found = comuni.byPostalCode(postalCode);
            return found.size() == 1 ? found.get(0).istatCode() : null;
        }
        return null;
    }

    private static LocalDate date(List<BusinessException> errors, String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        int space = text.indexOf(' ');
        if (space > 0) {
            text = text.substring(0, space);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        errors.add(new BusinessException("birthDate", "INVALID_DATE"));
        return null;
    }

    private static void contact(List<PartyData.ContactData> contacts, ContactKind kind, String value, String carrier) {
        if (value != null) {
            contacts.add(new PartyData.ContactData(kind, value, kind == ContactKind.MOBILE ? carrier : null, null, null));
        }
    }

    static Optional<String> reason(ValidationException e) {
        return Optional.of(String.join("; ", e.violations().stream()
                .map(v -> (v.field() == null ? "" : v.field() + ": ") + v.code()).toList()));
    }
}
