package it.callcenter.web.view.registry;

import it.callcenter.BusinessException;
import it.callcenter.registry.PartyService;
import it.callcenter.web.i18n.Messages;
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

/** Deletes the party of the card (supervisors and up), then back to the archive. */
@Named
@ViewScoped
public class DeletePartyBacking implements Serializable {

    @EJB
    private PartyService parties;

    @Inject
    private PartyCardBacking card;

    public void delete() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            parties.delete(card.getId(), card.getForm().getVersion());
            external.getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.deleted", card.getForm().displayName());
            external.redirect(external.getRequestContextPath() + "/registry/archive.xhtml");
        } catch (BusinessException e) {
            Messages.add(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
