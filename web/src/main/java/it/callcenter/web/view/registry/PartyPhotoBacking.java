package it.callcenter.web.view.registry;

import it.callcenter.BusinessException;
import it.callcenter.registry.PhotoService;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;

/** The photo of a saved party: stored at once when chosen or removed; the form keeps what was typed. */
@Named
@ViewScoped
public class PartyPhotoBacking implements Serializable {

    @EJB
    private PhotoService photos;

    @Inject
    private PartyCardBacking card;

    private Boolean hasPhoto;

    /** A new photo: checked, scaled to fit 200×300 and stored; the form carries on with the version it leaves. */
    public void upload(FileUploadEvent event) {
        try {
            card.getForm().setVersion(photos.setPhoto(card.getId(), card.getForm().getVersion(),
                    event.getFile().getContent(), event.getFile().getContentType()));
            hasPhoto = true;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.photo.saved");
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void remove() {
        try {
            card.getForm().setVersion(photos.removePhoto(card.getId(), card.getForm().getVersion()));
            hasPhoto = false;
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public boolean isHasPhoto() {
        if (hasPhoto == null) {
            hasPhoto = card.isEditing() && photos.photo(card.getId()).isPresent();
        }
        return hasPhoto;
    }
}
