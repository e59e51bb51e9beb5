package it.callcenter.web.view.registry;

import it.callcenter.geography.ComuneView;
import it.callcenter.registry.Consent;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyStatus;
import it.callcenter.registry.PartySummary;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.Visibility;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the party card's form holds: the data typed, as one object the card's backing beans share (the save sends
 * it as {@link PartyData}). Besides the accessors, only what edits the data itself: contacts added and removed,
 * the postal code that follows the comune.
 */
public class PartyForm implements Serializable {

    private PartyType type = PartyType.PERSON;
    private Long version;
    private String firstName;
    private String lastName;
    private String companyName;
    private String fiscalCode;
    private String vatNumber;
    private LocalDate birthDate;
    private String gender;
    private ComuneView birthComune;
    private LocalDate activityStart;
    private String street;
    private ComuneView comune;
    private String postalCode;
    private List<ContactRow> contacts = new ArrayList<>();
    private List<String> interests = new ArrayList<>();
    private final Map<Consent, Boolean> consents = new EnumMap<>(Consent.class);
    private PartySummary legalRepresentative;
    private List<PartySummary> administrators = new ArrayList<>();
    private Visibility visibility = Visibility.ALL;
    private String status = PartyStatus.INITIAL;
    private String rating;
    private String note;
    private List<String> owners = new ArrayList<>();
    private final Map<String, String> customValues = new HashMap<>();

    /** An empty form for a new party of this type, owned by its creator, with the first contact a type needs. */
    static PartyForm blank(PartyType type, String creator) {
        PartyForm form = new PartyForm();
        form.type = type;
        if (creator != null) {
            form.owners.add(creator);
        }
        form.contacts.add(new ContactRow(type == PartyType.PERSON ? ContactKind.MOBILE : ContactKind.PHONE, null, null, false));
        for (Consent consent : Consent.values()) {
            form.consents.put(consent, false);
        }
        return form;
    }

    /** The form of a stored party; {@code comuni} turns an ISTAT code into its comune, {@code administrators} are those shown. */
    static PartyForm of(PartyView party, Function<String, ComuneView> comuni, List<PartySummary> administrators) {
        PartyForm form = new PartyForm();
        form.type = party.type();
        form.version = party.version();
        form.firstName = party.firstName();
        form.lastName = party.lastName();
        form.companyName = party.companyName();
        form.fiscalCode = party.fiscalCode();
        form.vatNumber = party.vatNumber();
        form.birthDate = party.birthDate();
        form.gender = party.gender();
        form.birthComune = party.birthComuneIstat() == null ? null : comuni.apply(party.birthComuneIstat());
        form.activityStart = party.activityStart();
        form.street = party.address().street();
        form.comune = party.address().comuneIstat() == null ? null : comuni.apply(party.address().comuneIstat());
        form.postalCode = party.address().postalCode();
        form.contacts = new ArrayList<>(party.contacts().stream()
                .map(c -> new ContactRow(c.kind(), c.value(), c.carrier(), c.emailConsent(), c.label())).toList());
        form.interests = new ArrayList<>(party.interests());
        for (Consent consent : Consent.values()) {
            form.consents.put(consent, Boolean.TRUE.equals(party.consents().get(consent.jsonName())));
        }
        form.legalRepresentative = party.legalRepresentativeId() == null ? null
                : new PartySummary(party.legalRepresentativeId(), PartyType.PERSON, party.legalRepresentativeName(),
                null, null, null, null, null, null);
        form.administrators = new ArrayList<>(administrators);
        form.visibility = party.visibility();
        form.status = party.status();
        form.rating = party.rating();
        form.note = party.note();
        form.owners = new ArrayList<>(party.owners());
        form.customValues.putAll(party.customFields());
        return form;
    }

    /** What the save sends. */
    PartyData data() {
        List<PartyData.ContactData> contactData = contacts.stream()
                .map(c -> new PartyData.ContactData(c.getKind(), c.getValue(), c.getCarrier(), c.isEmailConsent(), c.getLabel())).toList();
        PartyData.ConsentsData consentsData = new PartyData.ConsentsData(consents.get(Consent.MARKETING),
                consents.get(Consent.THIRD_PARTIES), consents.get(Consent.PROFILING), consents.get(Consent.BIRTHDAY),
                consents.get(Consent.WELCOME), consents.get(Consent.PROMOTIONS));
        return new PartyData(type, firstName, lastName, companyName, fiscalCode, vatNumber, birthDate, gender,
                birthComune == null ? null : birthComune.istatCode(), activityStart,
                new PartyData.AddressData(street, comune == null ? null : comune.istatCode(), postalCode),
                contactData, interests, consentsData,
                legalRepresentative == null ? null : legalRepresentative.id(),
                administrators.stream().map(PartySummary::id).toList(),
                owners, visibility, status, version, rating,
                new HashMap<>(customValues), note);
    }

    /** The name as the archive shows it: "Last First" for a person, the company name for a company. */
    String displayName() {
        return isPerson() ? lastName + " " + firstName : companyName;
    }

    public void addContact() {
        contacts.add(new ContactRow(ContactKind.PHONE, null, null, false));
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    /** A comune was chosen: its only postal code is filled in; with several, the user picks one. */
    public void comuneSelected() {
        List<String> codes = getPostalCodeChoices();
        postalCode = codes.size() == 1 ? codes.get(0) : (postalCode != null && codes.contains(postalCode) ? postalCode : null);
    }

    public List<String> getPostalCodeChoices() {
        return comune == null ? List.of() : comune.postalCodes();
    }

    public boolean isPerson() {
        return type == PartyType.PERSON;
    }

    public PartyType getType() {
        return type;
    }

    public Long getVersion() {
        return version;
    }

    /** The photo and an administrator's role are saved at once: the form carries on with the version they leave. */
    void setVersion(Long version) {
        this.version = version;
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

    public String getFiscalCode() {
        return fiscalCode;
    }

    public void setFiscalCode(String fiscalCode) {
        this.fiscalCode = fiscalCode;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public ComuneView getBirthComune() {
        return birthComune;
    }

    public void setBirthComune(ComuneView birthComune) {
        this.birthComune = birthComune;
    }

    public LocalDate getActivityStart() {
        return activityStart;
    }

    public void setActivityStart(LocalDate activityStart) {
        this.activityStart = activityStart;
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

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
    }

    public Map<Consent, Boolean> getConsents() {
        return consents;
    }

    public PartySummary getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(PartySummary legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public List<PartySummary> getAdministrators() {
        return administrators;
    }

    public void setAdministrators(List<PartySummary> administrators) {
        this.administrators = administrators == null ? new ArrayList<>() : new ArrayList<>(administrators);
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getOwners() {
        return owners;
    }

    public void setOwners(List<String> owners) {
        this.owners = owners == null ? new ArrayList<>() : new ArrayList<>(owners);
    }

    public Map<String, String> getCustomValues() {
        return customValues;
    }
}
