package it.callcenter.web.view.messages;

import it.callcenter.messaging.MessageCampaignState;
import it.callcenter.messaging.MessageCampaigns;
import it.callcenter.messaging.MessageViews;
import it.callcenter.web.view.campaign.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The message campaigns, newest first and paged in the database, each with its progress counted in the same
 * statement; the page polls while one of those shown is sending.
 */
@Named
@ViewScoped
public class MessageCampaignListBacking implements Serializable {

    @EJB
    private MessageCampaigns campaigns;

    private PagedModel<MessageViews.Summary> model;
    private boolean sending;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> campaigns.count(), (first, max) -> {
            var page = campaigns.list(first, max);
            sending = page.stream().anyMatch(s -> s.progress().state() == MessageCampaignState.SENDING);
            return page;
        }, row -> String.valueOf(row.id()));
    }

    public PagedModel<MessageViews.Summary> getModel() {
        return model;
    }

    /** Whether a campaign on the page is still sending: the page keeps polling. */
    public boolean isSending() {
        return sending;
    }
}
