package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignTools;
import it.callcenter.campaign.PriorityPush;
import it.callcenter.campaign.SummaryBy;
import it.callcenter.campaign.SummaryRow;
import it.callcenter.campaign.TimerThresholds;
import it.callcenter.queue.EntryRelease;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The campaign tools on the campaign's page (issue 15): where the names are (the summary by comune, postal code,
 * province or zone, paged in the database), the duplicate, the priority push of a province or postal code, the
 * release of an operator's names, and the workstation timer's thresholds (saved with the page's campaign version).
 */
@Named
@ViewScoped
public class CampaignToolsBacking implements Serializable {

    @EJB
    private CampaignTools tools;

    @EJB
    private EntryRelease release;

    @Inject
    private CampaignBacking campaign;

    private SummaryBy by = SummaryBy.COMUNE;
    private PagedModel<SummaryRow> summary;
    private List<SummaryRow> holders;

    private String duplicateName;
    private boolean withEntries;

    private PriorityPush.Direction direction = PriorityPush.Direction.UP;
    private String provinces;
    private String postalCodes;

    private String releaseOperator;

    private Integer amberSeconds;
    private Integer redSeconds;

    public PagedModel<SummaryRow> getSummary() {
        if (summary == null) {
            long id = campaign.getId();
            SummaryBy chosen = by;
            summary = new PagedModel<>(() -> tools.summaryCount(id, chosen), (first, max) -> tools.summary(id, chosen, first, max),
                    row -> row.key() == null ? "" : row.key());
        }
        return summary;
    }

    public void byChanged() {
        summary = null;
    }

    /** A place as the table shows it: its label, or "unknown" for parties without one. */
    public String place(SummaryRow row) {
        if (row.key() == null) {
            return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "campaign.tools.summary.unknown");
        }
        return row.label() == null || row.label().isBlank() || row.label().equals(row.key()) ? row.key()
                : row.label() + " \u00b7 " + row.key();
    }

    public void duplicate() throws IOException {
        try {
            long copy = tools.duplicate(campaign.getId(), duplicateName, withEntries);
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.tools.duplicate.done", duplicateName);
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/campaign/campaign.xhtml?id=" + copy);
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public void push() {
        try {
            int changed = tools.pushPriority(campaign.getId(), new PriorityPush(direction, 1, list(provinces), list(postalCodes)));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.tools.priority.done", changed);
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public void release() {
        try {
            int released = release.release(campaign.getId(), releaseOperator);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.tools.release.done", released,
                    campaign.label(releaseOperator));
            releaseOperator = null;
            holders = null;
            summary = null;
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public void saveTimer() {
        try {
            long version = tools.changeTimerThresholds(campaign.getId(), campaign.version(),
                    new TimerThresholds(amberSeconds == null ? 0 : amberSeconds, redSeconds == null ? 0 : redSeconds));
            campaign.versionRead(version);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.tools.timer.saved");
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public List<SummaryRow> getHolders() {
        if (holders == null) {
            holders = tools.holders(campaign.getId());
        }
        return holders;
    }

    public String holderLabel(SummaryRow row) {
        return campaign.label(row.key()) + " \u2014 " + row.entries();
    }

    public SummaryBy[] getGroupings() {
        return SummaryBy.values();
    }

    public PriorityPush.Direction[] getDirections() {
        return PriorityPush.Direction.values();
    }

    private void readTimer() {
        if (amberSeconds == null) {
            TimerThresholds t = tools.timerThresholds(campaign.getId());
            amberSeconds = t.amberSeconds();
            redSeconds = t.redSeconds();
        }
    }

    public SummaryBy getBy() {
        return by;
    }

    public void setBy(SummaryBy by) {
        this.by = by == null ? SummaryBy.COMUNE : by;
    }

    public String getDuplicateName() {
        return duplicateName;
    }

    public void setDuplicateName(String duplicateName) {
        this.duplicateName = duplicateName;
    }

    public boolean isWithEntries() {
        return withEntries;
    }

    public void setWithEntries(boolean withEntries) {
        this.withEntries = withEntries;
    }

    public PriorityPush.Direction getDirection() {
        return direction;
    }

    public void setDirection(PriorityPush.Direction direction) {
        this.direction = direction;
    }

    public String getProvinces() {
        return provinces;
    }

    public void setProvinces(String provinces) {
        this.provinces = provinces;
    }

    public String getPostalCodes() {
        return postalCodes;
    }

    public void setPostalCodes(String postalCodes) {
        this.postalCodes = postalCodes;
    }

    public String getReleaseOperator() {
        return releaseOperator;
    }

    public void setReleaseOperator(String releaseOperator) {
        this.releaseOperator = releaseOperator;
    }

    public Integer getAmberSeconds() {
        readTimer();
        return amberSeconds;
    }

    public void setAmberSeconds(Integer amberSeconds) {
        this.amberSeconds = amberSeconds;
    }

    public Integer getRedSeconds() {
        readTimer();
        return redSeconds;
    }

    public void setRedSeconds(Integer redSeconds) {
        this.redSeconds = redSeconds;
    }
}
