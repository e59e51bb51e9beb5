package it.callcenter.web.view.operator;

import it.callcenter.campaign.ActiveCampaigns;
import it.callcenter.campaign.TimerThresholds;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The thresholds past which the workstation's timer on the customer turns amber, then red: the campaign's. */
@Named
@ViewScoped
public class WorkstationTimerBacking implements Serializable {

    @EJB
    private ActiveCampaigns campaigns;

    @Inject
    private WorkstationBacking workstation;

    private Long campaignId;
    private TimerThresholds thresholds = TimerThresholds.DEFAULT;

    private TimerThresholds thresholds() {
        Long campaign = workstation.isHolding() ? workstation.getEntry().campaignId() : null;
        if (campaign != null && !campaign.equals(campaignId)) {
            campaignId = campaign;
            thresholds = campaigns.timerThresholds(campaign);
        }
        return thresholds;
    }

    public int getAmberSeconds() {
        return thresholds().amberSeconds();
    }

    public int getRedSeconds() {
        return thresholds().redSeconds();
    }
}
