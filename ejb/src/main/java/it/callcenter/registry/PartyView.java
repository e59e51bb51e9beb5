package it.callcenter.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about a party, as screens and the API show it to the caller; the comune comes with its province
 * and region. A company's legal representative and administrators are named only if the caller may see them: a
 * person hidden from the caller shows only as {@code legalRepresentativeHidden} or in the count
 * {@code hiddenAdministrators}, with neither id nor name.
 */
public record PartyView(long id, PartyType type, String displayName, String firstName, String lastName,
                        String companyName, String fiscalCode, String vatNumber, LocalDate birthDate, String gender,
                        String birthComuneIstat, LocalDate activityStart, Address address, List<ContactView> contacts,
                        List<String> interests, Map<String, Boolean> consents, Long legalRepresentativeId,
                        String legalRepresentativeName, boolean legalRepresentativeHidden, List<Long> administratorIds,
                        int hiddenAdministrators, List<String> owners,
                        Visibility visibility, String status, String rating, Map<String, String> customFields,
                        String note, Instant createdAt, String createdBy, Instant updatedAt, long version) implements java.io.Serializable {

    public record Address(String street, String comuneIstat, String comune, String postalCode, String provinceAbbr,
                          String province, String region) implements java.io.Serializable {
    }

    public record ContactView(ContactKind kind, String value, String carrier, boolean emailConsent, String label) implements java.io.Serializable {
    }
}
