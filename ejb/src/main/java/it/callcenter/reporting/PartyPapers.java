package it.callcenter.reporting;

import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.TimelineEvent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The party card's and the privacy form's contents, from the card the registry shows the reader (its visibility
 * rules applied) and the last events of its timeline, worded in the reader's language: the card as
 * (section, label, value) lines, the form as the party's data and one line per consent.
 */
final class PartyPapers {

    static final int TIMELINE_EVENTS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(it.callcenter.compliance.CallWindows.ITALY);

    private final PartyView party;
    private final ReportWording words;
    private final Function<String, String> comuneName;
    private final Map<String, String> customFieldLabels;

    PartyPapers(PartyView party, ReportWording words, Function<String, String> comuneName, Map<String, String> customFieldLabels) {
        this.party = party;
        this.words = words;
        this.comuneName = comuneName;
        this.customFieldLabels = customFieldLabels;
    }

    /** The card's lines: identity, address, contacts, interests and consents, other data, the last events. */
    List<Map<String, Object>> cardRows(List<TimelineEvent> timeline) {
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean person = party.type() == PartyType.PERSON;
        String identity = words.text("registry.identity");
        line(rows, identity, "registry.type", words.text("registry.type." + party.type().name()));
        if (person) {
            line(rows, identity, "registry.lastName", party.lastName());
            line(rows, identity, "registry.firstName", party.firstName());
            line(rows, identity, "registry.fiscalCode", party.fiscalCode());
            line(rows, identity, "registry.birthDate", day(party.birthDate()));
            line(rows, identity, "registry.birthComune", party.birthComuneIstat() == null ? null : comuneName.apply(party.birthComuneIstat()));
            line(rows, identity, "registry.gender", party.gender() == null ? null : words.text("registry.gender." + party.gender()));
        } else {
            line(rows, identity, "registry.companyName", party.companyName());
            line(rows, identity, "registry.vatNumber", party.vatNumber());
            line(rows, identity, "registry.fiscalCode", party.fiscalCode());
            line(rows, identity, "registry.activityStart", day(party.activityStart()));
            line(rows, identity, "registry.legalRepresentative", party.legalRepresentativeHidden()
                    ? words.text("report.partyCard.hidden") : party.legalRepresentativeName());
        }
        line(rows, identity, "registry.status", party.status() == null ? null : words.text("registry.status." + party.status()));
        line(rows, identity, "registry.rating", party.rating());
        line(rows, identity, "registry.owners", String.join(", ", party.owners()));
        line(rows, identity, "registry.visibility", party.visibility() == null ? null
                : words.text("registry.visibility." + party.visibility().name()));

        String address = words.text("registry.address");
        line(rows, address, "registry.street", party.address() == null ? null : party.address().street());
        line(rows, address, "registry.postalCode", party.address() == null ? null : party.address().postalCode());
        line(rows, address, "registry.comune", comune(party.address()));

        String contacts = words.text("registry.contacts");
        if (party.contacts().isEmpty()) {
            row(rows, contacts, words.text("report.partyCard.none"), null);
        }
        for (PartyView.ContactView contact : party.contacts()) {
            row(rows, contacts, words.text("registry.contact." + contact.kind().name()), contact(contact));
        }

        String consents = words.text("registry.interestsAndConsents");
        line(rows, consents, "registry.interests", party.interests().isEmpty() ? null : String.join(", ", party.interests()));
        consents().forEach((label, given) -> row(rows, consents, label,
                words.text(given ? "report.consent.given" : "report.consent.notGiven")));

        if (!party.customFields().isEmpty() || present(party.note())) {
            String other = words.text("registry.customFields");
            party.customFields().forEach((code, value) -> row(rows, other, customFieldLabels.getOrDefault(code, code), value));
            line(rows, other, "registry.note", party.note());
        }

        String events = words.text("report.partyCard.timeline", TIMELINE_EVENTS);
        if (timeline.isEmpty()) {
            row(rows, events, words.text("report.partyCard.noEvents"), null);
        }
        for (TimelineEvent event : timeline) {
            String by = event.by() == null ? "" : " \u2014 " + event.by();
            row(rows, events, MOMENT.format(event.at()), words.timeline(event) + by);
        }
        String record = words.text("report.partyCard.record");
        row(rows, record, words.text("report.partyCard.created"), moment(party.createdAt()) + " \u2014 " + party.createdBy());
        row(rows, record, words.text("report.partyCard.updated"), moment(party.updatedAt()));
        return rows;
    }

    /** The consents as the form lists them: label → given today. */
    Map<String, Boolean> consents() {
        Map<String, Boolean> consents = new LinkedHashMap<>();
        party.consents().forEach((json, given) -> consents.put(words.text("registry.consent." + constant(json)), Boolean.TRUE.equals(given)));
        return consents;
    }

    /** The privacy form's lines: one per consent, its purpose and what is stored today. */
    List<Map<String, Object>> formRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        party.consents().forEach((json, given) -> {
            String code = constant(json);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("consent", words.text("registry.consent." + code));
            row.put("purpose", words.text("report.privacy.consent." + code));
            row.put("given", Boolean.TRUE.equals(given));
            row.put("storedState", words.text(Boolean.TRUE.equals(given) ? "report.privacy.storedGiven" : "report.privacy.storedNotGiven"));
            rows.add(row);
        });
        return rows;
    }

    /** The privacy form's heading: the data subject as the form names them. */
    Map<String, Object> formParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("partyName", party.displayName());
        parameters.put("identifier", party.type() == PartyType.PERSON ? party.fiscalCode()
                : join(party.vatNumber() == null ? null : words.text("registry.vatNumber") + " " + party.vatNumber(),
                party.fiscalCode() == null || party.fiscalCode().equals(party.vatNumber()) ? null
                        : words.text("registry.fiscalCode") + " " + party.fiscalCode()));
        parameters.put("birth", party.type() == PartyType.PERSON ? join(day(party.birthDate()),
                party.birthComuneIstat() == null ? null : comuneName.apply(party.birthComuneIstat())) : null);
        parameters.put("address", join(party.address() == null ? null : party.address().street(), comune(party.address())));
        parameters.put("phone", contactsOf(ContactKind.MOBILE, ContactKind.PHONE));
        parameters.put("email", contactsOf(ContactKind.EMAIL));
        return parameters;
    }

    private String contactsOf(ContactKind... kinds) {
        List<ContactKind> wanted = List.of(kinds);
        String values = party.contacts().stream().filter(c -> wanted.contains(c.kind())).map(PartyView.ContactView::value)
                .collect(Collectors.joining(", "));
        return values.isEmpty() ? null : values;
    }

    private String contact(PartyView.ContactView contact) {
        StringBuilder text = new StringBuilder(contact.value());
        if (present(contact.label())) {
            text.append(" (").append(contact.label()).append(')');
        }
        if (present(contact.carrier())) {
            text.append(" \u2014 ").append(contact.carrier());
        }
        if (contact.kind() == ContactKind.EMAIL) {
            text.append(" \u2014 ").append(words.text("registry.contact.emailConsent")).append(": ")
                    .append(words.text(contact.emailConsent() ? "report.consent.given" : "report.consent.notGiven"));
        }
        return text.toString();
    }

    private static String comune(PartyView.Address address) {
        if (address == null || address.comune() == null) {
            return null;
        }
        return address.comune() + (address.provinceAbbr() == null ? "" : " (" + address.provinceAbbr() + ")");
    }

    /** thirdParties → THIRD_PARTIES */
    static String constant(String json) {
        return json.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private void line(List<Map<String, Object>> rows, String section, String labelKey, String value) {
        if (present(value)) {
            row(rows, section, words.text(labelKey), value);
        }
    }

    private static void row(List<Map<String, Object>> rows, String section, String label, String value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        row.put("label", label);
        row.put("value", value);
        rows.add(row);
    }

    private static String join(String first, String second) {
        if (!present(first)) {
            return present(second) ? second : null;
        }
        return present(second) ? first + ", " + second : first;
    }

    private static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    private static String moment(java.time.Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
