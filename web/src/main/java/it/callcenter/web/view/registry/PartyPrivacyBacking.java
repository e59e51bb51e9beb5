package it.callcenter.web.view.registry;

import it.callcenter.BusinessException;
import it.callcenter.registry.PrivacyService;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What a data subject may ask of the party's data: all of it as a file, or its erasure. */
@Named
@ViewScoped
public class PartyPrivacyBacking implements Serializable {

    @EJB
    private PrivacyService privacy;

    @Inject
    private PartyCardBacking card;

    /** Everything stored about the party, as the JSON file a data subject may ask for. */
    public StreamedContent getExport() {
        long id = card.getId();
        byte[] json = privacy.exportJson(id).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("party-" + id + ".json").contentType("application/json")
                .stream(() -> new ByteArrayInputStream(json)).build();
    }

    public void erase() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            privacy.erase(card.getId(), card.getForm().getVersion());
            external.getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.erased");
            external.redirect(external.getRequestContextPath() + "/registry/archive.xhtml");
        } catch (BusinessException e) {
            Messages.add(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
