package it.callcenter.web.view.registry;

import it.callcenter.NotFoundException;
import it.callcenter.geography.GeographyService;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyChange;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartySummary;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.PhoneNumber;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The party card: which party (the page's parameters), its {@link PartyForm}, and what the card shows about it
 * besides the form (its name in the heading, history, the links the user may not see). The card's actions are
 * beans of their own, one per job, that share this one: {@link SavePartyBacking}, {@link DeletePartyBacking},
 * {@link PartyPhotoBacking}, {@link PartyPrivacyBacking}, {@link CompanyAdministratorsBacking}; the choices of the
 * form's lists are {@link PartyChoicesBacking}'s.
 */
@Named
@ViewScoped
public class PartyCardBacking implements Serializable {

    @EJB
    private PartyService parties;

    @EJB
    private GeographyService geography;

    @EJB
    private RegistrySettings settings;

    private Long id;
    private String typeParam;
    private Long representativeOf;
    /** A caller's number for a new party (the inbound pop's quick-create): its first phone, prefilled. */
    private String phone;
    private PartyForm form = PartyForm.blank(PartyType.PERSON, null);
    private String savedName;
    private List<PartySummary> savedAdministrators = List.of();
    /** A legal representative and administrators this user may not see: only counted, kept as they are on save. */
    private boolean legalRepresentativeHidden;
    private int hiddenAdministrators;
    private boolean ownersEditable = true;
    private List<PartyChange> history = List.of();
    private List<CustomFieldView> customFields = List.of();
    private boolean loaded;

    /** Called by f:viewAction: loads the party to edit, or prepares a new one of the requested type. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            PartyType type = "COMPANY".equals(typeParam) ? PartyType.COMPANY : PartyType.PERSON;
            form = PartyForm.blank(type, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            customFields = fieldsFor(type);
            prefillPhone();
            return;
        }
        try {
            show(parties.find(id));
        } catch (NotFoundException e) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.NOT_FOUND");
            id = null;
        }
    }

    private void prefillPhone() {
        String e164 = phone == null ? null : PhoneNumber.searchKey(phone);
        if (e164 == null || form.getContacts().isEmpty()) {
            return;
        }
        ContactRow first = form.getContacts().get(0);
        first.setKind(PhoneNumber.of(e164).isMobile() ? ContactKind.MOBILE : ContactKind.PHONE);
        first.setValue(e164);
    }

    private void show(PartyView party) {
        List<PartySummary> administrators = new ArrayList<>();
        hiddenAdministrators = party.hiddenAdministrators();
        for (Long adminId : party.administratorIds()) {
            try {
                administrators.add(summaryOf(parties.find(adminId)));
            } catch (NotFoundException goneSinceRead) {
                hiddenAdministrators++;
            }
        }
        form = PartyForm.of(party, istat -> geography.findByIstatCode(istat).orElse(null), administrators);
        savedName = party.displayName();
        savedAdministrators = List.copyOf(administrators);
        legalRepresentativeHidden = party.legalRepresentativeHidden();
        ownersEditable = parties.mayChangeOwners(party.id());
        history = parties.history(party.id());
        customFields = fieldsFor(party.type());
    }

    private List<CustomFieldView> fieldsFor(PartyType partyType) {
        return settings.activeCustomFields().stream().filter(f -> f.appliesTo(partyType)).toList();
    }

    private static PartySummary summaryOf(PartyView party) {
        return new PartySummary(party.id(), party.type(), party.displayName(), party.fiscalCode(), party.vatNumber(),
                party.address().comune(), party.address().provinceAbbr(), null, party.status());
    }

    public PartyForm getForm() {
        return form;
    }

    /** The heading: the party's name as saved, or what is being created. */
    public String getHeading() {
        if (isEditing()) {
            return savedName;
        }
        return Messages.label(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                form.isPerson() ? "registry.newPerson" : "registry.newCompany");
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isPerson() {
        return form.isPerson();
    }

    /** The administrators as saved: roles are given to those, not to ones picked but not saved yet. */
    public List<PartySummary> getSavedAdministrators() {
        return savedAdministrators;
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

    public List<PartyChange> getHistory() {
        return history;
    }

    /** The administrator's custom fields for this type of party. */
    public List<CustomFieldView> getCustomFields() {
        return customFields;
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

    /** The company whose legal representative this new person becomes once saved. */
    public Long getRepresentativeOf() {
        return representativeOf;
    }

    public void setRepresentativeOf(Long representativeOf) {
        this.representativeOf = representativeOf;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
