package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignService;
import it.callcenter.campaign.CampaignView;
import it.callcenter.campaign.DispatchOrder;
import it.callcenter.campaign.DispatchRules;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * How the campaign hands its entries out, on its page: the order, the attempts an entry gets, how long an operator
 * holds one (shown in minutes), how long a personal callback waits for its operator. Saved with the campaign's
 * version, which the page's other sections share.
 */
@Named
@ViewScoped
public class CampaignDispatchBacking implements Serializable {

    @EJB
    private CampaignService campaigns;

    @Inject
    private CampaignBacking campaign;

    private DispatchOrder order;
    private int maxAttempts;
    private int leaseMinutes;
    private int callbackGraceMinutes;
    private boolean read;

    private void read() {
        if (!read) {
            DispatchRules rules = campaigns.dispatchRules(campaign.getId());
            order = rules.order();
            maxAttempts = rules.maxAttempts();
            leaseMinutes = Math.max(1, rules.leaseSeconds() / 60);
            callbackGraceMinutes = rules.callbackGraceMinutes();
            read = true;
        }
    }

    public void save() {
        try {
            CampaignView saved = campaigns.changeDispatchRules(campaign.getId(), campaign.version(),
                    new DispatchRules(order, maxAttempts, leaseMinutes * 60, callbackGraceMinutes));
            campaign.versionRead(saved.version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.dispatch.saved");
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public DispatchOrder[] getOrders() {
        return DispatchOrder.values();
    }

    public DispatchOrder getOrder() {
        read();
        return order;
    }

    public void setOrder(DispatchOrder order) {
        this.order = order;
    }

    public int getMaxAttempts() {
        read();
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getLeaseMinutes() {
        read();
        return leaseMinutes;
    }

    public void setLeaseMinutes(int leaseMinutes) {
        this.leaseMinutes = leaseMinutes;
    }

    public int getCallbackGraceMinutes() {
        read();
        return callbackGraceMinutes;
    }

    public void setCallbackGraceMinutes(int callbackGraceMinutes) {
        this.callbackGraceMinutes = callbackGraceMinutes;
    }
}
