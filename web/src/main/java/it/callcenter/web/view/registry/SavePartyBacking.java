package it.callcenter.web.view.registry;

import it.callcenter.BusinessException;
import it.callcenter.registry.DuplicatePartyException;
import it.callcenter.registry.PartySaved;
import it.callcenter.registry.PartyService;
import it.callcenter.web.i18n.Messages;
import it.callcenter.web.view.FieldErrors;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Saves the card. Everything typed stays in the form when the save is refused, each error beside its field; a
 * duplicate is shown with a link to the existing party (only if the user may see it) and saved only on request.
 */
@Named
@ViewScoped
public class SavePartyBacking implements Serializable {

    @EJB
    private PartyService parties;

    @Inject
    private PartyCardBacking card;

    private boolean duplicate;
    private Long duplicateId;

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
        PartyForm form = card.getForm();
        try {
            PartySaved saved = card.isEditing() ? parties.update(card.getId(), form.data(), allowDuplicate, "SCREEN")
                    : parties.create(form.data(), allowDuplicate, "SCREEN");
            if (card.getRepresentativeOf() != null && !card.isEditing()) {
                parties.appointLegalRepresentative(card.getRepresentativeOf(), saved.id());
                Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.representativeAppointed");
            }
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.saved");
            saved.warnings().forEach(w -> Messages.add(null, FacesMessage.SEVERITY_WARN, "warning." + w));
            String next = thenNew ? "/registry/party.xhtml?type=" + form.getType().name() : "/registry/party.xhtml?id=" + saved.id();
            external.redirect(external.getRequestContextPath() + next);
        } catch (DuplicatePartyException e) {
            faces.validationFailed();
            duplicate = true;
            duplicateId = e.existingId().orElse(null);
            Messages.add(null, FacesMessage.SEVERITY_WARN, e.messageKey());
        } catch (BusinessException e) {
            FieldErrors.show(e, new PartyFields(form.getContacts(), card.getCustomFields())::target, PartyFields.FORM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public Long getDuplicateId() {
        return duplicateId;
    }
}
