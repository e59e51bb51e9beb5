package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.campaign.ActiveCampaigns;
import it.callcenter.campaign.CampaignBriefing;
import it.callcenter.campaign.OutcomeSets;
import it.callcenter.campaign.OutcomeView;
import it.callcenter.queue.Dispatched;
import it.callcenter.queue.NextCustomer;
import it.callcenter.queue.QueueReason;
import it.callcenter.queue.QueueService;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The operator's workstation (operator/workstation.xhtml): the entry held now (a reload finds it again), "Prossimo
 * cliente", "Rimetti in coda", and why nothing came. The card ({@link CompactCardBacking}) and the outcome panel
 * ({@link OutcomePanelBacking}) are beans of their own that read the entry from here.
 */
@Named
@ViewScoped
public class WorkstationBacking implements Serializable {

    @EJB
    private QueueService queue;

    @EJB
    private ActiveCampaigns campaigns;

    @EJB
    private OutcomeSets outcomeSets;

    private Dispatched entry;
    private CampaignBriefing briefing;
    private List<OutcomeView> outcomes;
    private QueueReason reason;
    private Instant nextOpening;
    /** What the last outcome did, shown until the next customer comes. */
    private String lastOutcome;

    @PostConstruct
    void init() {
        queue.current().ifPresent(this::hold);
    }

    public void next() {
        NextCustomer next = queue.next();
        lastOutcome = null;
        if (next.found()) {
            hold(next.entry());
        } else {
            entry = null;
            reason = next.reason();
            nextOpening = next.nextOpening();
        }
    }

    /** Gives the customer back to the queue without an outcome. */
    public void release() {
        if (entry == null) {
            return;
        }
        try {
            queue.release(entry.entryId());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "workstation.released");
        } catch (BusinessException e) {
            Messages.add(e);
        }
        clear();
    }

    /** The outcome panel recorded an outcome: the customer is done with. */
    void recorded(String summary) {
        lastOutcome = summary;
        clear();
    }

    private void hold(Dispatched dispatched) {
        entry = dispatched;
        reason = null;
        nextOpening = null;
        if (briefing == null || briefing.id() != dispatched.campaignId()) {
            briefing = campaigns.briefing(dispatched.campaignId());
            outcomes = outcomeSets.ofCampaign(dispatched.campaignId()).stream().filter(OutcomeView::active).toList();
        }
    }

    private void clear() {
        entry = null;
        reason = null;
    }

    public boolean isHolding() {
        return entry != null;
    }

    public Dispatched getEntry() {
        return entry;
    }

    public Long getPartyId() {
        return entry == null ? null : entry.partyId();
    }

    public CampaignBriefing getBriefing() {
        return entry == null ? null : briefing;
    }

    /** The campaign's active outcomes, in their order. */
    public List<OutcomeView> getOutcomes() {
        return entry == null ? List.of() : outcomes;
    }

    public long getHeldSinceMillis() {
        return entry == null || entry.heldSince() == null ? 0 : entry.heldSince().toEpochMilli();
    }

    /** The server's clock when the page was drawn: the timer counts from the server's time, whatever the PC's. */
    public long getServerNowMillis() {
        return System.currentTimeMillis();
    }

    public String getReasonText() {
        if (reason == null) {
            return null;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (reason == QueueReason.OUTSIDE_CALL_WINDOW && nextOpening != null) {
            return ResumeText.of(nextOpening, Instant.now(), locale);
        }
        return Messages.text(locale, reason == QueueReason.OUTSIDE_CALL_WINDOW ? "workstation.reason.OUTSIDE_CALL_WINDOW.later"
                : "workstation.reason." + reason.name());
    }

    public QueueReason getReason() {
        return reason;
    }

    public String getLastOutcome() {
        return lastOutcome;
    }
}
