package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignData;
import it.callcenter.campaign.CampaignService;
import it.callcenter.campaign.CampaignSummary;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The campaigns list, newest first and paged in the database, and the dialog that creates one. */
@Named
@ViewScoped
public class CampaignListBacking implements Serializable {

    @EJB
    private CampaignService campaigns;

    private PagedModel<CampaignSummary> model;
    private String name;
    private String description;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> campaigns.count(), (first, max) -> campaigns.list(first, max),
                row -> String.valueOf(row.id()));
    }

    public void startCreate() {
        name = null;
        description = null;
    }

    /** Creates the campaign and opens its page. */
    public String create() {
        try {
            long id = campaigns.create(new CampaignData(name, description, null, null, null, null, null, null, null));
            return "/campaign/campaign?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.add(e);
            return null;
        }
    }

    /** The progress bar's tooltip: how many entries have been worked, of how many. */
    public String workedText(CampaignSummary row) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "campaign.worked", row.worked(),
                row.entries());
    }

    public PagedModel<CampaignSummary> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
