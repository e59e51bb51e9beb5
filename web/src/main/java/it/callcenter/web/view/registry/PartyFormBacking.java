package it.callcenter.web.view.registry;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.registry.Consent;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyChange;
import it.callcenter.registry.PhotoService;
import it.callcenter.registry.PrivacyService;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import it.callcenter.security.UserService;
import it.callcenter.registry.ListName;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.DuplicatePartyException;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyFinder;
import it.callcenter.registry.PartySaved;
import it.callcenter.registry.PartySearch;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyStatus;
import it.callcenter.registry.PartySummary;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.Visibility;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The party card, to create or edit a person or a company. Everything typed stays in the form when the
 * save is refused; a duplicate is shown with a link to the existing party (only if the user may see it) and saved
 * only on request.
 */
@Named
@ViewScoped
public class PartyFormBacking implements Serializable {

    @EJB
    private PartyService parties;

    @EJB
    private PartyFinder finder;

    @EJB
    private GeographyService geography;

    @EJB
    private RegistrySettings settings;

    @EJB
    private UserService users;

    @EJB
    private PhotoService photos;

    @EJB
    private PrivacyService privacy;

    private Long id;
    private String typeParam;
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
    private final Map<Long, String> administratorRoles = new HashMap<>();
    private List<String> companyRoles = List.of();
    /** A legal representative and administrators this user may not see: only counted, kept as they are on save. */
    private boolean legalRepresentativeHidden;
    private int hiddenAdministrators;
    private boolean ownersEditable = true;
    private Visibility visibility = Visibility.ALL;
    private String status = PartyStatus.INITIAL;
    private String rating;
    private String note;
    private Long representativeOf;
    private List<String> owners = new ArrayList<>();
    private List<String> usernames = List.of();
    private List<PartyChange> history = List.of();
    private final Map<String, String> customValues = new HashMap<>();
    private List<CustomFieldView> customFields = List.of();
    private List<String> ratings = List.of();
    private List<String> carriers = List.of();
    private List<String> contactLabels = List.of();
    private boolean duplicate;
    private Long duplicateId;
    private boolean hasPhoto;
    private boolean loaded;

    /** Called by f:viewAction: loads the party to edit, or prepares a new one of the requested type. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ratings = settings.activeValues(ListName.RATING);
        usernames = users.enabledUsernames();
        owners = new ArrayList<>(List.of(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()));
        carriers = settings.activeValues(ListName.CARRIER);
        contactLabels = settings.activeValues(ListName.CONTACT_LABEL);
        companyRoles = settings.activeValues(ListName.COMPANY_ROLE);
        for (Consent consent : Consent.values()) {
            consents.put(consent, false);
        }
        if (id == null) {
            type = "COMPANY".equals(typeParam) ? PartyType.COMPANY : PartyType.PERSON;
            customFields = fieldsFor(type);
            contacts.add(new ContactRow(type == PartyType.PERSON ? ContactKind.MOBILE : ContactKind.PHONE, null, null, false));
            return;
        }
        try {
            fill(parties.find(id));
        } catch (NotFoundException e) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.NOT_FOUND");
            id = null;
        }
    }

    private void fill(PartyView party) {
        type = party.type();
        version = party.version();
        firstName = party.firstName();
        lastName = party.lastName();
        companyName = party.companyName();
        fiscalCode = party.fiscalCode();
        vatNumber = party.vatNumber();
        birthDate = party.birthDate();
        gender = party.gender();
        birthComune = party.birthComuneIstat() == null ? null : geography.findByIstatCode(party.birthComuneIstat()).orElse(null);
        activityStart = party.activityStart();
        street = party.address().street();
        comune = party.address().comuneIstat() == null ? null : geography.findByIstatCode(party.address().comuneIstat()).orElse(null);
        postalCode = party.address().postalCode();
        contacts = new ArrayList<>(party.contacts().stream()
                .map(c -> new ContactRow(c.kind(), c.value(), c.carrier(), c.emailConsent(), c.label())).toList());
        interests = new ArrayList<>(party.interests());
        for (Consent consent : Consent.values()) {
            consents.put(consent, Boolean.TRUE.equals(party.consents().get(consent.jsonName())));
        }
        legalRepresentative = party.legalRepresentativeId() == null ? null
                : new PartySummary(party.legalRepresentativeId(), PartyType.PERSON, party.legalRepresentativeName(),
                null, null, null, null, null, null);
        legalRepresentativeHidden = party.legalRepresentativeHidden();
        hiddenAdministrators = party.hiddenAdministrators();
        administrators = new ArrayList<>();
        administratorRoles.clear();
        if (party.type() == PartyType.COMPANY) {
            administratorRoles.putAll(parties.administratorRoles(party.id()));
        }
        for (Long adminId : party.administratorIds()) {
            try {
                administrators.add(summaryOf(parties.find(adminId)));
            } catch (NotFoundException goneSinceRead) {
                hiddenAdministrators++;
            }
        }
        visibility = party.visibility();
        status = party.status();
        rating = party.rating();
        note = party.note();
        hasPhoto = photos.photo(party.id()).isPresent();
        owners = new ArrayList<>(party.owners());
        ownersEditable = parties.mayChangeOwners(party.id());
        history = parties.history(party.id());
        customValues.clear();
        customValues.putAll(party.customFields());
        customFields = fieldsFor(type);
    }

    private List<CustomFieldView> fieldsFor(PartyType partyType) {
        return settings.activeCustomFields().stream().filter(f -> f.appliesTo(partyType)).toList();
    }

    private static PartySummary summaryOf(PartyView party) {
        return new PartySummary(party.id(), party.type(), party.displayName(), party.fiscalCode(), party.vatNumber(),
                party.address().comune(), party.address().provinceAbbr(), null, party.status());
    }

    /** A role chosen for one administrator: saved at once, like the photo. */
    public void assignRole(PartySummary administrator) {
        try {
            version = parties.assignAdministratorRole(id, version, administrator.id(), administratorRoles.get(administrator.id()));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.administratorRole.saved", administrator.displayName());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public Map<Long, String> getAdministratorRoles() {
        return administratorRoles;
    }

    public List<String> getCompanyRoles() {
        return companyRoles;
    }

    /** The administrators as saved: roles are given to those, not to ones picked but not saved yet. */
    public List<PartySummary> getSavedAdministrators() {
        return administrators;
    }

    public List<PartySummary> getAdministrators() {
        return administrators;
    }

    public void setAdministrators(List<PartySummary> administrators) {
        this.administrators = administrators == null ? new ArrayList<>() : new ArrayList<>(administrators);
    }

    public boolean isLegalRepresentativeHidden() {
        return legalRepresentativeHidden;
    }

    public int getHiddenAdministrators() {
        return hiddenAdministrators;
    }

    /** Only an owner of the party or a supervisor and up may change its owners and visibility. */
    public boolean isOwnersEditable() {
        return ownersEditable;
    }

    public List<String> getOwners() {
        return owners;
    }

    public void setOwners(List<String> owners) {
        this.owners = owners == null ? new ArrayList<>() : new ArrayList<>(owners);
    }

    public List<String> getUsernames() {
        return usernames;
    }

    public List<PartyChange> getHistory() {
        return history;
    }

    public Long getRepresentativeOf() {
        return representativeOf;
    }

    public void setRepresentativeOf(Long representativeOf) {
        this.representativeOf = representativeOf;
    }

    public List<CustomFieldView> getCustomFields() {
        return customFields;
    }

    public Map<String, String> getCustomValues() {
        return customValues;
    }

    public List<String> getContactLabels() {
        return contactLabels;
    }

    public List<String> getRatings() {
        return ratings;
    }

    public List<String> completeCarrier(String query) {
        String prefix = query == null ? "" : query.toLowerCase();
        return carriers.stream().filter(c -> c.toLowerCase().startsWith(prefix)).toList();
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

    public void save() {
        save(false, false);
    }

    public void saveAnyway() {
        save(true, false);
    }

    public void saveAndNew() {
        save(false, true);
    }

    private void save(boolean allowDuplicate, boolean thenNew) {
        duplicate = false;
        duplicateId = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PartyData data = data();
            PartySaved saved = id == null ? parties.create(data, allowDuplicate, "SCREEN")
                    : parties.update(id, data, allowDuplicate, "SCREEN");
            if (representativeOf != null && id == null) {
                parties.appointLegalRepresentative(representativeOf, saved.id());
                Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.representativeAppointed");
            }
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.saved");
            saved.warnings().forEach(w -> Messages.add(null, FacesMessage.SEVERITY_WARN, "warning." + w));
            String next = thenNew ? "/registry/party.xhtml?type=" + type.name() : "/registry/party.xhtml?id=" + saved.id();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + next);
        } catch (DuplicatePartyException e) {
            faces.validationFailed();
            duplicate = true;
            duplicateId = e.existingId().orElse(null);
            Messages.add(null, FacesMessage.SEVERITY_WARN, e.messageKey());
        } catch (BusinessException e) {
            Messages.refuse(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            parties.delete(id, version);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.deleted", displayName());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/registry/archive.xhtml");
        } catch (BusinessException e) {
            Messages.add(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String displayName() {
        return type == PartyType.PERSON ? lastName + " " + firstName : companyName;
    }

    private PartyData data() {
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

    /** A new photo: checked, scaled to fit 200×300 and stored at once; the form keeps what was typed. */
    public void uploadPhoto(FileUploadEvent event) {
        try {
            version = photos.setPhoto(id, version, event.getFile().getContent(), event.getFile().getContentType());
            hasPhoto = true;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.photo.saved");
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void removePhoto() {
        try {
            version = photos.removePhoto(id, version);
            hasPhoto = false;
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public boolean isHasPhoto() {
        return hasPhoto;
    }

    /** Everything stored about the party, as the JSON file a data subject may ask for. */
    public StreamedContent getExport() {
        byte[] json = privacy.exportJson(id).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("party-" + id + ".json").contentType("application/json")
                .stream(() -> new ByteArrayInputStream(json)).build();
    }

    public void erase() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            privacy.erase(id, version);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.erased");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/registry/archive.xhtml");
        } catch (BusinessException e) {
            Messages.add(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addContact() {
        contacts.add(new ContactRow(ContactKind.PHONE, null, null, false));
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    /** A comune was chosen: its only postal code is filled in; with several, the user picks one. */
    public void comuneSelected() {
        List<String> codes = comune == null ? List.of() : comune.postalCodes();
        postalCode = codes.size() == 1 ? codes.get(0) : (postalCode != null && codes.contains(postalCode) ? postalCode : null);
    }

    public List<String> getPostalCodeChoices() {
        return comune == null ? List.of() : comune.postalCodes();
    }

    public List<PartySummary> completePerson(String query) {
        return finder.items(new PartySearch(query, PartyType.PERSON, null, null, null, null), 0, 15);
    }

    public List<String> completeInterest(String query) {
        String prefix = query == null ? "" : query.toLowerCase();
        List<String> matches = new ArrayList<>(parties.interestCatalogue().stream()
                .filter(i -> i.toLowerCase().startsWith(prefix)).limit(15).toList());
        if (query != null && !query.isBlank() && matches.stream().noneMatch(m -> m.equalsIgnoreCase(query.strip()))) {
            matches.add(query.strip());
        }
        return matches;
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public Consent[] getConsentKinds() {
        return Consent.values();
    }

    public List<String> getStatuses() {
        return PartyStatus.ALL;
    }

    public boolean isPerson() {
        return type == PartyType.PERSON;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTypeParam() {
        return typeParam;
    }

    public void setTypeParam(String typeParam) {
        this.typeParam = typeParam;
    }

    public PartyType getType() {
        return type;
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public Long getDuplicateId() {
        return duplicateId;
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
}
