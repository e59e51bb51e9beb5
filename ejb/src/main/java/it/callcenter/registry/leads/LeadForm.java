package it.callcenter.registry.leads;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.Visibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a web form posts, flat as a web page knows it: a person (or a company when {@code companyName} is
 * given), its contacts and consents, and {@code privacy}, the acknowledgement of the privacy notice that every lead
 * must carry. {@code website} is the honeypot: hidden from people, filled by bots.
 * Mapping to {@link PartyData} keeps the contacts at fixed places (mobile, phone, e-mail), so the registry's
 * errors can be told back in the form's own field names.
 */
public record LeadForm(String firstName, String lastName, String companyName, String mobile, String phone,
                       String email, String comune, String postalCode, String fiscalCode, String vatNumber,
                       Boolean marketing, Boolean thirdParties, Boolean profiling, Boolean privacy, String website) {

    private static final Map<String, String> FORM_FIELDS = Map.of(
            "contacts[0].value", "mobile", "contacts[0].carrier", "mobile", "contacts", "mobile",
            "contacts[1].value", "phone", "contacts[2].value", "email",
            "address.comuneIstat", "comune", "address.postalCode", "postalCode");

    /** Filled by something that does not read the page as people do. */
    public boolean isBot() {
        return website != null && !website.isBlank();
    }

    /** The person ticked "I have read the privacy notice": without it no lead may be stored. */
    public boolean acknowledgesPrivacy() {
        return Boolean.TRUE.equals(privacy);
    }

    public PartyData toParty(List<String> interests, String owner) {
        boolean company = companyName != null && !companyName.isBlank();
        List<PartyData.ContactData> contacts = new ArrayList<>(3);
        contacts.add(new PartyData.ContactData(ContactKind.MOBILE, mobile, null, null, null));
        contacts.add(new PartyData.ContactData(ContactKind.PHONE, phone, null, null, null));
        contacts.add(new PartyData.ContactData(ContactKind.EMAIL, email, null, null, null));
        return new PartyData(company ? PartyType.COMPANY : PartyType.PERSON,
                company ? null : firstName, company ? null : lastName, company ? companyName : null,
                fiscalCode, company ? vatNumber : null, null, null, null, null,
                new PartyData.AddressData(null, comune, postalCode), contacts, List.copyOf(interests),
                new PartyData.ConsentsData(marketing, thirdParties, profiling, null, null, null),
                null, null, owner == null ? List.of() : List.of(owner), Visibility.ALL, null, null, null, Map.of(), null);
    }

    /** The registry's violations with the field names of the form ({@code contacts[0].value} is {@code mobile}). */
    public static ValidationException inFormTerms(ValidationException e) {
        return new ValidationException(e.violations().stream()
                .map(v -> new BusinessException(v.field() == null ? null : FORM_FIELDS.getOrDefault(v.field(), v.field()),
                        v.code(), v.arguments()))
                .toList());
    }
}
