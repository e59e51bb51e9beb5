package it.callcenter.web.view.messages;

import it.callcenter.messaging.MessageTemplates;
import it.callcenter.web.view.campaign.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The saved message templates by name, paged in the database. */
@Named
@ViewScoped
public class MessageTemplateListBacking implements Serializable {

    @EJB
    private MessageTemplates templates;

    private PagedModel<MessageTemplates.View> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> templates.count(), (first, max) -> templates.page(first, max),
                row -> String.valueOf(row.id()));
    }

    public PagedModel<MessageTemplates.View> getModel() {
        return model;
    }
}
