package it.callcenter.web.view.campaign;

import it.callcenter.campaign.OutcomeRules;
import it.callcenter.campaign.OutcomeSets;
import it.callcenter.campaign.OutcomeView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The campaign's own outcomes on its page (copied from the defaults when it was created), edited by supervisors. */
@Named
@ViewScoped
public class CampaignOutcomesBacking extends OutcomeSetEditor {

    @EJB
    private OutcomeSets outcomeSets;

    @Inject
    private CampaignBacking campaign;

    @Override
    protected List<OutcomeView> read() {
        return outcomeSets.ofCampaign(campaign.getId());
    }

    @Override
    protected void define(String code, OutcomeRules rules) {
        outcomeSets.defineForCampaign(campaign.getId(), code, rules);
    }

    @Override
    protected void change(long id, long version, OutcomeRules rules) {
        outcomeSets.changeForCampaign(id, version, rules);
    }

    @Override
    public boolean isEditable() {
        return !campaign.isClosed();
    }
}
