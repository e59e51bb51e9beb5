package it.callcenter.registry;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A party that passed validation: canonical values only, plus the warnings the user should see. */
record ValidParty(PartyType type, String firstName, String lastName, String companyName, String fiscalCode,
                  String vatNumber, LocalDate birthDate, String gender, String birthComuneIstat,
                  LocalDate activityStart, String street, String comuneIstat, String postalCode,
                  List<Contact> contacts, List<String> interests, EnumMap<Consent, Boolean> consents,
                  Long legalRepresentativeId, List<Long> administratorIds, Set<String> owners,
                  Visibility visibility, String status, String rating, Map<Long, String> customValues,
                  String note, List<String> warnings) {

    List<String> mobiles() {
        return contacts.stream().filter(c -> c.getKind() == ContactKind.MOBILE).map(Contact::getSearchKey).toList();
    }

    /** The same party linked to this legal representative and these administrators. */
    ValidParty withLinks(Long representativeId, List<Long> administrators) {
        return new ValidParty(type, firstName, lastName, companyName, fiscalCode, vatNumber, birthDate, gender,
                birthComuneIstat, activityStart, street, comuneIstat, postalCode, contacts, interests, consents,
                representativeId, List.copyOf(administrators), owners, visibility, status, rating, customValues, note, warnings);
    }

    Map<Consent, Boolean> consentMap() {
        return consents;
    }
}
