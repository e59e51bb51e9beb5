package it.callcenter.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Copies a validated party onto the entity, and takes a flat picture of the entity's fields so that an
 * update can record which fields it changed (names only: the audit keeps no personal data).
 */
final class PartySnapshot {

    private PartySnapshot() {
    }

    static void apply(ValidParty valid, Party party, Function<String, Interest> interests,
                      BiFunction<String, Long, Person> persons) {
        if (party instanceof Person person) {
            person.name(valid.firstName(), valid.lastName());
            person.describeBirth(valid.birthDate(), valid.gender(), valid.birthComuneIstat());
        } else if (party instanceof Company company) {
            company.name(valid.companyName());
            company.register(valid.vatNumber(), valid.activityStart());
            company.representedBy(valid.legalRepresentativeId() == null ? null
                    : persons.apply("legalRepresentativeId", valid.legalRepresentativeId()));
            company.administeredBy(valid.administratorIds().stream()
                    .map(id -> persons.apply("administratorIds", id)).collect(Collectors.toSet()));
        }
        party.identify(valid.fiscalCode());
        party.locate(valid.street(), valid.comuneIstat(), valid.postalCode());
        party.replaceContacts(valid.contacts());
        party.replaceInterests(valid.interests().stream().map(interests).collect(Collectors.toSet()));
        party.replaceOwners(valid.owners(), valid.visibility());
        party.rate(valid.rating());
        party.annotate(valid.note());
        party.replaceCustomValues(valid.customValues());
        valid.consentMap().forEach(party::setConsent);
        party.moveTo(valid.status());
    }

    static Map<String, String> of(Party party) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (party instanceof Person person) {
            fields.put("firstName", person.getFirstName());
            fields.put("lastName", person.getLastName());
            fields.put("birthDate", String.valueOf(person.getBirthDate()));
            fields.put("gender", person.getGender());
            fields.put("birthComuneIstat", person.getBirthComuneIstat());
        } else if (party instanceof Company company) {
            fields.put("companyName", company.getCompanyName());
            fields.put("vatNumber", company.getVatNumber());
            fields.put("activityStart", String.valueOf(company.getActivityStart()));
            fields.put("legalRepresentativeId", company.getLegalRepresentative() == null ? null
                    : String.valueOf(company.getLegalRepresentative().getId()));
            fields.put("administratorIds", company.getAdministrators().stream().map(p -> String.valueOf(p.getId()))
                    .sorted().collect(Collectors.joining(",")));
        }
        fields.put("fiscalCode", party.getFiscalCode());
        fields.put("address.street", party.getStreet());
        fields.put("address.comuneIstat", party.getComuneIstat());
        fields.put("address.postalCode", party.getPostalCode());
        fields.put("contacts", party.getContacts().stream()
                .map(c -> c.getKind() + ":" + c.getValue() + ":" + c.getCarrier() + ":" + c.isEmailConsent() + ":" + c.getLabel())
                .collect(Collectors.joining("|")));
        fields.put("interests", new TreeSet<>(PartyService.names(party.getInterests())).toString());
        fields.put("consents", party.getConsents().asMap().toString());
        fields.put("owners", new TreeSet<>(party.getOwners()).toString());
        fields.put("visibility", party.getVisibility().name());
        fields.put("status", party.getStatus());
        fields.put("rating", party.getRating());
        fields.put("note", party.getNote());
        new java.util.TreeMap<>(party.getCustomValues()).forEach((id, value) -> fields.put("customField." + id, value));
        return fields;
    }

    static Set<String> changedFields(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field);
            }
        });
        return changed;
    }
}
