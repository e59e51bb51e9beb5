package it.callcenter.registry;

import it.callcenter.geography.ComuneView;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns a party entity into what screens and the API show; {@code visible} tells which linked persons (a company's
 * legal representative and administrators) the caller may see by name.
 */
final class PartyViews {

    private PartyViews() {
    }

    static PartyView of(Party party, Function<String, Optional<ComuneView>> comuni, List<CustomFieldView> fields,
                        Predicate<Party> visible) {
        Map<String, String> custom = new LinkedHashMap<>();
        fields.forEach(f -> {
            String value = party.getCustomValues().get(f.id());
            if (value != null) {
                custom.put(f.code(), value);
            }
        });
        Optional<ComuneView> comune = party.getComuneIstat() == null ? Optional.empty() : comuni.apply(party.getComuneIstat());
        PartyView.Address address = new PartyView.Address(party.getStreet(), party.getComuneIstat(),
                comune.map(ComuneView::name).orElse(null), party.getPostalCode(),
                comune.map(ComuneView::provinceAbbr).orElse(null), comune.map(ComuneView::province).orElse(null),
                comune.map(ComuneView::region).orElse(null));
        List<PartyView.ContactView> contacts = party.getContacts().stream()
                .map(c -> new PartyView.ContactView(c.getKind(), c.getValue(), c.getCarrier(), c.isEmailConsent(), c.getLabel())).toList();
        List<String> interests = party.getInterests().stream().map(Interest::getName).sorted().toList();
        Map<String, Boolean> consents = new LinkedHashMap<>();
        new EnumMap<>(party.getConsents().asMap()).forEach((consent, granted) -> consents.put(consent.jsonName(), granted));
        List<String> owners = party.getOwners().stream().sorted().toList();
        if (party instanceof Person p) {
            return new PartyView(p.getId(), PartyType.PERSON, p.getDisplayName(), p.getFirstName(), p.getLastName(), null,
                    p.getFiscalCode(), null, p.getBirthDate(), p.getGender(), p.getBirthComuneIstat(), null, address,
                    contacts, interests, consents, null, null, false, List.of(), 0, owners, p.getVisibility(), p.getStatus(),
                    p.getRating(), custom, p.getNote(),
                    p.getCreatedAt(), p.getCreatedBy(), p.getUpdatedAt(), p.getVersion());
        }
        Company c = (Company) party;
        Person representative = c.getLegalRepresentative();
        boolean representativeShown = representative != null && visible.test(representative);
        List<Long> administrators = c.getAdministrators().stream().filter(visible).map(Party::getId).sorted().toList();
        return new PartyView(c.getId(), PartyType.COMPANY, c.getDisplayName(), null, null, c.getCompanyName(),
                c.getFiscalCode(), c.getVatNumber(), null, null, null, c.getActivityStart(), address, contacts, interests,
                consents, representativeShown ? representative.getId() : null,
                representativeShown ? representative.getDisplayName() : null,
                representative != null && !representativeShown, administrators,
                c.getAdministrators().size() - administrators.size(), owners, c.getVisibility(),
                c.getStatus(), c.getRating(), custom, c.getNote(), c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getVersion());
    }
}
