package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.registry.Consent;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.DuplicatePartyException;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact card of the customer on the line: names, phones, address, consents and note, saved through the
 * registry with the version read, so an edit made meanwhile elsewhere is refused, not overwritten. Everything the
 * card does not show (e-mails, interests, owners, custom fields …) goes back as it was read.
 */
@Named
@ViewScoped
public class CompactCardBacking implements Serializable {

    @Inject
    private WorkstationBacking workstation;

    @EJB
    private PartyService parties;

    @EJB
    private GeographyService geography;

    private PartyView party;
    private String firstName;
    private String lastName;
    private String companyName;
    private String street;
    private ComuneView comune;
    private String postalCode;
    private List<PhoneLine> phones;
    private Map<String, Boolean> consents;
    private String note;
    private boolean duplicate;
    /** The card as read, to tell whether the operator changed anything. */
    private PartyData read;

    /** The card of the party the operator holds, read when the held party changes. */
    public PartyView getParty() {
        Long id = workstation.getPartyId();
        if (id == null) {
            party = null;
        } else if (party == null || party.id() != id) {
            read(id);
        }
        return party;
    }

    public void save() {
        save(false);
    }

    public void saveAnyway() {
        save(true);
    }


    /** Saves what the operator changed on the card before an outcome; false when the registry refused it. */
    boolean saveIfChanged() {
        return getParty() == null || data().equals(read) || save(false);
    }

    private boolean save(boolean allowDuplicate) {
        if (getParty() == null) {
            return false;
        }
        try {
            parties.update(party.id(), data(), allowDuplicate, "SCREEN").warnings()
                    .forEach(w -> Messages.add(null, FacesMessage.SEVERITY_WARN, "warning." + w));
            duplicate = false;
            read(party.id());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "workstation.card.saved");
            return true;
        } catch (DuplicatePartyException e) {
            FacesContext.getCurrentInstance().validationFailed();
            duplicate = true;
            Messages.add(null, FacesMessage.SEVERITY_WARN, e.messageKey());
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
        return false;
    }

    public void addPhone() {
        phones.add(new PhoneLine(ContactKind.PHONE, null, null, null));
    }

    /** Reads the card again as it is now (after a refusal of a stale edit). */
    public void reload() {
        if (party != null) {
            read(party.id());
            duplicate = false;
        }
    }

    private void read(long id) {
        party = parties.find(id);
        firstName = party.firstName();
        lastName = party.lastName();
        companyName = party.companyName();
        PartyView.Address address = party.address();
        street = address == null ? null : address.street();
        postalCode = address == null ? null : address.postalCode();
        comune = address == null || address.comuneIstat() == null ? null
                : geography.findByIstatCode(address.comuneIstat()).orElse(null);
        phones = new ArrayList<>(party.contacts().stream().filter(c -> c.kind().isPhone())
                .map(c -> new PhoneLine(c.kind(), c.value(), c.carrier(), c.label())).toList());
        consents = new LinkedHashMap<>();
        for (Consent c : Consent.values()) {
            consents.put(c.name(), Boolean.TRUE.equals(party.consents().get(c.jsonName())));
        }
        note = party.note();
        read = data();
    }

    /** The party as read, with what the card changed. */
    private PartyData data() {
        List<PartyData.ContactData> contacts = new ArrayList<>();
        party.contacts().stream().filter(c -> !c.kind().isPhone()).forEach(c -> contacts.add(
                new PartyData.ContactData(c.kind(), c.value(), c.carrier(), c.emailConsent(), c.label())));
        phones.stream().filter(p -> !p.isBlank()).forEach(p -> contacts.add(
                new PartyData.ContactData(p.getKind(), p.getValue().strip(), p.carrier(), null, p.getLabel())));
        PartyData.ConsentsData given = new PartyData.ConsentsData(consents.get(Consent.MARKETING.name()),
                consents.get(Consent.THIRD_PARTIES.name()), consents.get(Consent.PROFILING.name()),
                consents.get(Consent.BIRTHDAY.name()), consents.get(Consent.WELCOME.name()), consents.get(Consent.PROMOTIONS.name()));
        return new PartyData(party.type(), firstName, lastName, companyName, party.fiscalCode(), party.vatNumber(),
                party.birthDate(), party.gender(), party.birthComuneIstat(), party.activityStart(),
                new PartyData.AddressData(street, comune == null ? null : comune.istatCode(), postalCode), contacts,
                party.interests(), given, party.legalRepresentativeId(), party.administratorIds(), party.owners(),
                party.visibility(), party.status(), party.version(), party.rating(), party.customFields(), note);
    }

    public boolean isPerson() {
        return party != null && party.type() == PartyType.PERSON;
    }

    public List<ContactKind> getPhoneKinds() {
        return List.of(ContactKind.MOBILE, ContactKind.PHONE, ContactKind.FAX);
    }

    public Consent[] getConsentNames() {
        return Consent.values();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public ComuneView getComune() {
        return comune;
    }

    public void setComune(ComuneView comune) {
        this.comune = comune;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    /** A comune picked: its postal code when it has only one, the field left as typed otherwise. */
    public void comuneSelected() {
        if (comune != null && comune.postalCodes().size() == 1) {
            postalCode = comune.postalCodes().get(0);
        }
    }

    public List<PhoneLine> getPhones() {
        return phones;
    }

    public Map<String, Boolean> getConsents() {
        return consents;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isDuplicate() {
        return duplicate;
    }
}
