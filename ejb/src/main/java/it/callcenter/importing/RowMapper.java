package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.geography.ComuneView;
import it.callcenter.geography.SearchText;
import it.callcenter.registry.Consent;
import it.callcenter.registry.ConsentEvidence;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.CustomFieldType;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyStatus;
import it.callcenter.registry.PartyType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A record of the file as the registry's {@link PartyData}: a person unless only a company name is given, the
 * comune found by name (in the given province, or by the CAP when the name is in two provinces) or by the CAP
 * alone. The consents read from the forms people write (S/N, X or empty ... {@link ConsentValue}), the status by its
 * code or its Italian or English name, the rating and a custom field's choice as the administrator wrote them (case
 * and accents aside), a custom date in any of the file's date forms. What cannot be turned into data (a date, a
 * comune, a consent, a status or a rating not in the lists) is refused here; the rest is the validator's job.
 * The consent date and source of the row travel beside the party as its {@link ConsentEvidence}.
 */
public final class RowMapper {

    /** The comuni lookups the mapper needs: those of the geography area. */
    public interface Comuni {
        List<ComuneView> byName(String name, String provinceAbbr);

        List<ComuneView> byPostalCode(String postalCode);
    }

    /**
     * What the mapper reads from the administrator's lists, once per run of a job: the active ratings and custom
     * fields; and {@code reference}, the file the consents come from, as the consent history names it.
     */
    public record Lists(List<String> ratings, List<CustomFieldView> customFields, String reference) {

        public static final Lists NONE = new Lists(List.of(), List.of(), null);
    }

    /** A mapped record: the party, and when and how its consents were given as the file states it. */
    public record Row(PartyData party, ConsentEvidence evidence) {
    }

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Rome");

    private static final List<DateTimeFormatter> DATES = Stream.of("d/M/uuuu", "uuuu-M-d", "d-M-uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final List<DateTimeFormatter> TIMES = Stream.of("H:mm", "H:mm:ss", "H.mm", "H.mm.ss")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Map<String, String> STATUSES = statuses();

    /** The column of each field (by ordinal), -1 where none: asked ~30 times a record, a million records a file. */
    private final int[] columns = new int[ImportField.values().length];
    private final List<ImportField> consentColumns;
    private final Map<Integer, CustomFieldView> customColumns = new LinkedHashMap<>();
    private final Map<String, String> ratings = new HashMap<>();
    private final Comuni comuni;
    private final String reference;
    private final ConsentEvidence plain;

    public RowMapper(ColumnMapping mapping, Comuni comuni) {
        this(mapping, comuni, Lists.NONE);
    }

    public RowMapper(ColumnMapping mapping, Comuni comuni, Lists lists) {
        Arrays.fill(columns, -1);
        mapping.fields().forEach((column, field) -> {
            if (columns[field.ordinal()] < 0) {
                columns[field.ordinal()] = column;
            }
        });
        consentColumns = Arrays.stream(ImportField.values()).filter(f -> f.consent().isPresent() && columns[f.ordinal()] >= 0).toList();
        mapping.customFields().forEach((column, code) -> lists.customFields().stream()
                .filter(f -> f.code().equalsIgnoreCase(code)).findFirst().ifPresent(f -> customColumns.put(column, f)));
        lists.ratings().forEach(label -> ratings.putIfAbsent(SearchText.normalize(label), label));
        this.comuni = comuni;
        this.reference = lists.reference();
        this.plain = new ConsentEvidence(null, null, reference);
    }

    public PartyData map(List<String> values) {
        return row(values).party();
    }

    public Row row(List<String> values) {
        List<BusinessException> errors = new ArrayList<>();
        String lastName = get(values, ImportField.lastName);
        String firstName = get(values, ImportField.firstName);
        String companyName = get(values, ImportField.companyName);
        boolean company = companyName != null && lastName == null && firstName == null;
        String postalCode = get(values, ImportField.postalCode);
        String comune = comune(errors, get(values, ImportField.comune), get(values, ImportField.province), postalCode);
        LocalDate birthDate = date(errors, ImportField.birthDate.name(), get(values, ImportField.birthDate));
        List<PartyData.ContactData> contacts = new ArrayList<>();
        contact(contacts, ContactKind.MOBILE, get(values, ImportField.mobile), get(values, ImportField.carrier));
        contact(contacts, ContactKind.PHONE, get(values, ImportField.phone), null);
        contact(contacts, ContactKind.EMAIL, get(values, ImportField.email), null);
        String interests = get(values, ImportField.interests);
        PartyData.ConsentsData consents = consents(errors, values);
        ConsentEvidence evidence = evidence(errors, values);
        String status = status(errors, get(values, ImportField.status));
        String rating = rating(errors, get(values, ImportField.rating));
        Map<String, String> custom = customValues(values);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PartyData party = new PartyData(company ? PartyType.COMPANY : PartyType.PERSON, company ? null : firstName,
                company ? null : lastName, company ? companyName : null, get(values, ImportField.fiscalCode),
                get(values, ImportField.vatNumber), company ? null : birthDate, company ? null : get(values, ImportField.gender),
                null, null, new PartyData.AddressData(get(values, ImportField.street), comune, postalCode), contacts,
                list(interests), consents, null, null, list(get(values, ImportField.owners)), null, status, null, rating,
                custom, get(values, ImportField.note));
        return new Row(party, evidence);
    }

    /** As {@link ColumnMapping#value}: the field's value stripped, null when empty or absent. */
    private String get(List<String> values, ImportField field) {
        return cell(values, columns[field.ordinal()]);
    }

    private static String cell(List<String> values, int column) {
        if (column < 0 || column >= values.size() || values.get(column) == null) {
            return null;
        }
        String value = values.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Each consent whose column is mapped, given or not (an empty cell: not given); null for the others. */
    private PartyData.ConsentsData consents(List<BusinessException> errors, List<String> values) {
        if (consentColumns.isEmpty()) {
            return null;
        }
        Map<Consent, Boolean> given = new EnumMap<>(Consent.class);
        for (ImportField field : consentColumns) {
            Optional<Boolean> value = ConsentValue.parse(get(values, field));
            if (value.isEmpty()) {
                errors.add(new BusinessException(field.name(), "INVALID_CONSENT"));
            } else {
                given.put(field.consent().orElseThrow(), value.get());
            }
        }
        return new PartyData.ConsentsData(given.get(Consent.MARKETING), given.get(Consent.THIRD_PARTIES),
                given.get(Consent.PROFILING), given.get(Consent.BIRTHDAY), given.get(Consent.WELCOME), given.get(Consent.PROMOTIONS));
    }

    private ConsentEvidence evidence(List<BusinessException> errors, List<String> values) {
        String rawDate = get(values, ImportField.consentDate);
        String source = get(values, ImportField.consentSource);
        if (rawDate == null && source == null) {
            return plain;
        }
        Instant at = null;
        if (rawDate != null) {
            at = moment(rawDate).orElse(null);
            if (at == null || at.isAfter(Instant.now())) {
                errors.add(new BusinessException(ImportField.consentDate.name(), "INVALID_DATE"));
            }
        }
        return new ConsentEvidence(at, source, reference);
    }

    /** A date, or a date and time, in the file's forms; in Europe/Rome unless it says its offset (ISO). */
    static Optional<Instant> moment(String raw) {
        String text = raw.strip();
        int t = text.indexOf('T');
        if (t > 0 && (text.endsWith("Z") || text.lastIndexOf('+') > t || text.lastIndexOf('-') > t)) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        int split = text.indexOf('T') > 0 ? text.indexOf('T') : text.indexOf(' ');
        Optional<LocalDate> day = localDate(split > 0 ? text.substring(0, split) : text);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (split > 0) {
            Optional<LocalTime> parsed = localTime(text.substring(split + 1).strip());
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            time = parsed.get();
        }
        return Optional.of(LocalDateTime.of(day.get(), time).atZone(OFFICE_ZONE).toInstant());
    }

    /** The one form the text can be in, by its separator (no parse tried in vain: a million rows a file). */
    private static Optional<LocalDate> localDate(String text) {
        DateTimeFormatter format = text.indexOf('/') > 0 ? DATES.get(0) : text.indexOf('.') > 0 ? DATES.get(3)
                : text.length() > 4 && text.charAt(4) == '-' ? DATES.get(1) : DATES.get(2);
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> localTime(String text) {
        String withoutFraction = text.contains(",") ? text.substring(0, text.indexOf(',')) : text;
        int dot = withoutFraction.lastIndexOf('.');
        if (dot > 0 && withoutFraction.indexOf(':') > 0) {
            withoutFraction = withoutFraction.substring(0, dot);
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                return Optional.of(LocalTime.parse(withoutFraction, format));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }

    private static String status(List<BusinessException> errors, String raw) {
        if (raw == null) {
            return null;
        }
        String code = STATUSES.get(SearchText.normalize(raw));
        if (code == null) {
            errors.add(new BusinessException(ImportField.status.name(), "UNKNOWN_STATUS"));
        }
        return code;
    }

    /** Each status by its code ("FORMER_CUSTOMER", "former customer") and its Italian name ("Ex cliente"). */
    private static Map<String, String> statuses() {
        Map<String, String> names = new HashMap<>();
        PartyStatus.ALL.forEach(code -> names.put(SearchText.normalize(code), code));
        Map.of("NEW", "nuovo", "CONTACTED", "contattato", "INTERESTED", "interessato", "CUSTOMER", "cliente",
                "FORMER_CUSTOMER", "ex cliente", "NOT_INTERESTED", "non interessato")
                .forEach((code, italian) -> names.put(italian, code));
        return Map.copyOf(names);
    }

    private String rating(List<BusinessException> errors, String raw) {
        if (raw == null) {
            return null;
        }
        String label = ratings.get(SearchText.normalize(raw));
        if (label == null) {
            errors.add(new BusinessException(ImportField.rating.name(), "UNKNOWN_RATING"));
        }
        return label;
    }

    /**
     * The custom fields' values by code, as the validator takes them: a choice as the administrator wrote it, a date
     * in ISO form; a value that is neither is handed on as written, for the validator to refuse with its reason.
     */
    private Map<String, String> customValues(List<String> values) {
        if (customColumns.isEmpty()) {
            return Map.of();
        }
        Map<String, String> custom = new HashMap<>();
        customColumns.forEach((column, field) -> {
            String value = cell(values, column);
            if (value != null) {
                custom.put(field.code(), customValue(field, value));
            }
        });
        return custom;
    }

    private static String customValue(CustomFieldView field, String value) {
        if (field.type() == CustomFieldType.DATE) {
            return localDate(value.contains(" ") ? value.substring(0, value.indexOf(' ')) : value)
                    .map(LocalDate::toString).orElse(value);
        }
        if (field.type() == CustomFieldType.CHOICE) {
            String key = SearchText.normalize(value);
            return field.choices().stream().filter(c -> SearchText.normalize(c).equals(key)).findFirst().orElse(value);
        }
        return value;
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

    private static LocalDate date(List<BusinessException> errors, String field, String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        int space = text.indexOf(' ');
        if (space > 0) {
            text = text.substring(0, space);
        }
        Optional<LocalDate> date = localDate(text);
        if (date.isEmpty()) {
            errors.add(new BusinessException(field, "INVALID_DATE"));
        }
        return date.orElse(null);
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
