package it.callcenter.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A party as a screen, the API or an import hands it in: raw values, validated and normalised by
 * {@link PartyValidator}. {@code version} is the one the caller read (null when creating). In {@code consents} a
 * null means "not said": not given for a new party; an import's update keeps what the party had.
 */
public record PartyData(PartyType type, String firstName, String lastName, String companyName,
                        String fiscalCode, String vatNumber, LocalDate birthDate, String gender,
                        String birthComuneIstat, LocalDate activityStart, AddressData address,
                        List<ContactData> contacts, List<String> interests, ConsentsData consents,
                        Long legalRepresentativeId, List<Long> administratorIds, List<String> owners,
                        Visibility visibility, String status, Long version, String rating,
                        Map<String, String> customFields, String note) implements java.io.Serializable {

    public record AddressData(String street, String comuneIstat, String postalCode) implements java.io.Serializable {
    }

    public record ContactData(ContactKind kind, String value, String carrier, Boolean emailConsent, String label) implements java.io.Serializable {
        // one constructor only: JSON-B builds records through their canonical constructor and refuses a choice
    }

    public record ConsentsData(Boolean marketing, Boolean thirdParties, Boolean profiling, Boolean birthday,
                               Boolean welcome, Boolean promotions) implements java.io.Serializable {

        boolean granted(Consent consent) {
            Boolean value = switch (consent) {
                case MARKETING -> marketing;
                case THIRD_PARTIES -> thirdParties;
                case PROFILING -> profiling;
                case BIRTHDAY -> birthday;
                case WELCOME -> welcome;
                case PROMOTIONS -> promotions;
            };
            return Boolean.TRUE.equals(value);
        }
    }
}
