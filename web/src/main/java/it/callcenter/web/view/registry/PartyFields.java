package it.callcenter.web.view.registry;

import it.callcenter.registry.ContactKind;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.web.i18n.Messages;
import it.callcenter.web.view.FieldErrors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each field of a party, as the registry's refusals name it ({@code fiscalCode}, {@code address.comuneIstat},
 * {@code contacts[2].value}, {@code customFields.sector}), is on the card, and the label it has there.
 */
final class PartyFields {

    static final String FORM = "party";

    /** A field of the card: the id of its component in the form, and the bundle key of its label. */
    private record Place(String id, String labelKey) {
    }

    private static final Map<String, Place> FIXED = Map.ofEntries(
            Map.entry("firstName", new Place("firstName", "registry.firstName")),
            Map.entry("lastName", new Place("lastName", "registry.lastName")),
            Map.entry("companyName", new Place("companyName", "registry.companyName")),
            Map.entry("fiscalCode", new Place("fiscalCode", "registry.fiscalCode")),
            Map.entry("vatNumber", new Place("vatNumber", "registry.vatNumber")),
            Map.entry("gender", new Place("gender", "registry.gender")),
            Map.entry("birthDate", new Place("birthDate", "registry.birthDate")),
            Map.entry("birthComuneIstat", new Place("birthComune", "registry.birthComune")),
            Map.entry("activityStart", new Place("activityStart", "registry.activityStart")),
            Map.entry("legalRepresentativeId", new Place("legalRepresentative", "registry.legalRepresentative")),
            Map.entry("administratorIds", new Place("administrators", "registry.administrators")),
            Map.entry("address.street", new Place("street", "registry.street")),
            Map.entry("address.comuneIstat", new Place("comune", "registry.comune")),
            Map.entry("address.postalCode", new Place("postalCode", "registry.postalCode")),
            Map.entry("contacts", new Place("contactList", "registry.contacts")),
            Map.entry("interests", new Place("interests", "registry.interests")),
            Map.entry("status", new Place("status", "registry.status")),
            Map.entry("rating", new Place("rating", "registry.rating")),
            Map.entry("note", new Place("note", "registry.note")),
            Map.entry("owners", new Place("owners", "registry.owners")),
            Map.entry("visibility", new Place("visibility", "registry.visibility")));

    private static final Pattern CONTACT = Pattern.compile("contacts\\[(\\d{1,4})]\\.(value|carrier|kind)");
    private static final String CUSTOM = "customFields.";

    private final List<ContactRow> contacts;
    private final List<CustomFieldView> customFields;

    PartyFields(List<ContactRow> contacts, List<CustomFieldView> customFields) {
        this.contacts = contacts;
        this.customFields = customFields;
    }

    /** The component and label of a refused field, or empty when the card has no place for it. */
    Optional<FieldErrors.Target> target(String field, Locale locale) {
        Place fixed = FIXED.get(field);
        if (fixed != null) {
            return Optional.of(new FieldErrors.Target(FORM + ":" + fixed.id(), Messages.label(locale, fixed.labelKey())));
        }
        Matcher contact = CONTACT.matcher(field);
        if (contact.matches()) {
            return contact(Integer.parseInt(contact.group(1)), contact.group(2), locale);
        }
        if (field.startsWith(CUSTOM)) {
            return custom(field.substring(CUSTOM.length()));
        }
        return Optional.empty();
    }

    /** A contact's value is named by its kind ("Cellulare: formato non valido."), its other fields by their column. */
    private Optional<FieldErrors.Target> contact(int row, String part, Locale locale) {
        if (row >= contacts.size()) {
            return Optional.empty();
        }
        ContactKind kind = contacts.get(row).getKind();
        String labelKey = switch (part) {
            case "value" -> kind == null ? "registry.contact.value" : "registry.contact." + kind.name();
            case "carrier" -> "registry.contact.carrier";
            default -> "registry.contact.kind";
        };
        return Optional.of(new FieldErrors.Target(FORM + ":contacts:" + row + ":" + part, Messages.label(locale, labelKey)));
    }

    private Optional<FieldErrors.Target> custom(String code) {
        for (int i = 0; i < customFields.size(); i++) {
            CustomFieldView field = customFields.get(i);
            if (field.code().equals(code)) {
                String id = switch (field.getType()) {
                    case "NUMBER" -> "customNumber";
                    case "DATE" -> "customDate";
                    case "CHOICE" -> "customChoice";
                    default -> "custom";
                };
                return Optional.of(new FieldErrors.Target(FORM + ":customList:" + i + ":" + id, field.label()));
            }
        }
        return Optional.empty();
    }
}
