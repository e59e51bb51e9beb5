package it.callcenter.web.view.operator;

import it.callcenter.campaign.CampaignChoice;
import it.callcenter.campaign.PromiseRule;
import it.callcenter.campaign.PromiseRules;
import it.callcenter.compliance.CallWindows;
import it.callcenter.queue.OutcomeRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The contact promise on the workstation's CONTRACT and APPOINTMENT forms: a campaign, the day from which the party
 * is due there, a note. The campaign's rule, if any, fills it in when the form opens; emptying the campaign promises
 * nothing (the rule is then not applied either).
 */
@Named
@ViewScoped
public class PromiseFormBacking implements Serializable {

    @EJB
    private PromiseRules rules;

    private Long campaignId;
    private LocalDate dueOn;
    private String note;
    private List<CampaignChoice> targets;

    /** The form opens for an outcome of {@code fromCampaign}: the rule's proposal, unless the operator chose already. */
    void open(long fromCampaign) {
        if (campaignId != null || dueOn != null) {
            return;
        }
        PromiseRule rule = rules.of(fromCampaign);
        if (rule.isSet()) {
            campaignId = rule.targetCampaignId();
            dueOn = LocalDate.now(CallWindows.ITALY).plusMonths(rule.months());
        }
    }

    /** What the outcome sends: the promise, or an empty one (no promise, no rule). */
    OutcomeRequest.PromiseData request() {
        return campaignId == null ? new OutcomeRequest.PromiseData(null, null, null)
                : new OutcomeRequest.PromiseData(campaignId, dueOn, note);
    }

    void reset() {
        campaignId = null;
        dueOn = null;
        note = null;
    }

    public List<CampaignChoice> getTargets() {
        if (targets == null) {
            targets = rules.targets();
        }
        return targets;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
