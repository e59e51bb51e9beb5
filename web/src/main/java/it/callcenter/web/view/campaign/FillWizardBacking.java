package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignChoice;
import it.callcenter.campaign.CampaignData;
import it.callcenter.campaign.CampaignService;
import it.callcenter.campaign.FillCriteria;
import it.callcenter.campaign.FillResult;
import it.callcenter.compliance.RequiredConsent;
import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.platform.WorkJobs;
import it.callcenter.platform.WorkJobView;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyStatus;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FlowEvent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fill wizard: campaign (chosen, or a new one checked but created only at the confirmation, so that an
 * abandoned wizard leaves nothing behind), criteria with a live preview, confirmation. The flow listener
 * refuses to leave a step whose input is not usable yet; the fill itself runs as a background job in the database
 * ({@link CampaignService#fillInBackground}) that the page polls, since one INSERT ... SELECT over a region takes
 * seconds: the view keeps only the job's id, and reads the job from the database at each poll, so a screen that moved
 * to another node of the cluster (its node died) still shows the fill running, taken over, and its result.
 */
@Named
@ViewScoped
public class FillWizardBacking implements Serializable {

    static final String STEP_CAMPAIGN = "campaign";
    static final String STEP_CRITERIA = "criteria";
    static final String STEP_CONFIRM = "confirm";

    @EJB
    private CampaignService campaigns;

    @EJB
    private GeographyService geography;

    @EJB
    private RegistrySettings settings;

    @EJB
    private WorkJobs work;

    private List<CampaignChoice> choices = List.of();
    private List<String> regionNames = List.of();
    private List<CustomFieldView> customFields = List.of();

    private boolean creating;
    private Long campaignId;
    private String newName;
    private String newDescription;
    private RequiredConsent newConsent;

    private String partyType;
    private List<String> regions = new ArrayList<>();
    private List<String> provinces = new ArrayList<>();
    private List<ComuneView> comuni = new ArrayList<>();
    private List<String> postalCodes = new ArrayList<>();
    private List<String> interests = new ArrayList<>();
    private Integer ageMin;
    private Integer ageMax;
    private List<String> statuses = new ArrayList<>();
    private final Map<String, String> customValues = new HashMap<>();
    private List<Long> notInCampaigns = new ArrayList<>();
    private LocalDate notContactedSince;

    private FillResult preview;
    /** The fill job under way, null when none. */
    private Long running;
    private FillResult result;

    @PostConstruct
    void init() {
        choices = campaigns.choices();
        regionNames = geography.regions();
        customFields = settings.activeCustomFields();
    }

    /** {@code ?campaign=ID}: that campaign is chosen, if it can still be filled. */
    public void preselect() {
        if (campaignId != null && chosen() == null) {
            campaignId = null;
        }
    }

    public String onFlowProcess(FlowEvent event) {
        String from = event.getOldStep();
        String to = event.getNewStep();
        if (STEP_CAMPAIGN.equals(from) && !campaignReady()) {
            return from;
        }
        if (STEP_CRITERIA.equals(to) || STEP_CONFIRM.equals(to)) {
            refreshPreview();
            if (preview == null) {
                return STEP_CAMPAIGN.equals(from) ? to : from;
            }
        }
        return to;
    }

    /** A new campaign is only checked here (name free, data valid): it is created when the fill is confirmed. */
    private boolean campaignReady() {
        if (creating) {
            try {
                campaigns.checkNew(newCampaign());
                return true;
            } catch (BusinessException e) {
                Messages.add(e);
                return false;
            }
        }
        if (chosen() == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "fill.campaign.required");
            return false;
        }
        return true;
    }

    /** Counts again with the criteria as they are now; a refusal (an impossible age range) is shown, not counted. */
    public void refreshPreview() {
        preview = null;
        try {
            if (creating) {
                preview = campaigns.previewNew(newCampaign(), criteria());
            } else if (chosen() != null) {
                preview = campaigns.preview(campaignId, criteria());
            }
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    /** The confirmation: creates the new campaign now, if it is one, then fills it in the background. */
    public void start() {
        if (running != null || result != null) {
            return;
        }
        if (creating) {
            try {
                campaignId = campaigns.create(newCampaign());
                creating = false;
                choices = campaigns.choices();
                Messages.add(null, FacesMessage.SEVERITY_INFO, "fill.campaign.created", newName.strip());
            } catch (BusinessException e) {
                Messages.add(e);
                return;
            }
        }
        if (chosen() == null) {
            return;
        }
        try {
            running = campaigns.fillInBackground(campaignId, criteria());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    private CampaignData newCampaign() {
        return new CampaignData(newName, newDescription, null, null, null, newConsent, null, null, null);
    }

    /** The campaign the fill goes into, as the confirmation names it: the one chosen or the new one. */
    public String getTargetName() {
        if (creating) {
            return newName == null ? "" : newName.strip();
        }
        CampaignChoice chosen = chosen();
        return chosen == null ? "" : chosen.name();
    }

    /** The poll's listener: reads the fill job, and takes the result (or the refusal) once it is over. */
    public void poll() {
        if (running == null) {
            return;
        }
        WorkJobView job = work.view(running).orElse(null);
        if (job != null && !job.ended()) {
            return;
        }
        running = null;
        if (job != null && "DONE".equals(job.state())) {
            result = FillResult.fromJson(job.result());
        } else if (job != null) {
            Messages.add(job.errorArgument() == null ? new BusinessException(null, job.errorCode())
                    : new BusinessException(null, job.errorCode(), job.errorArgument()));
        } else {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.generic");
        }
    }

    FillCriteria criteria() {
        return new FillCriteria(partyType == null || partyType.isEmpty() ? null : PartyType.valueOf(partyType),
                List.copyOf(regions), List.copyOf(provinces), comuni.stream().map(ComuneView::istatCode).toList(),
                List.copyOf(postalCodes), List.copyOf(interests), ageMin, ageMax, List.copyOf(notInCampaigns),
                List.copyOf(statuses), customValues.entrySet().stream()
                        .filter(v -> v.getValue() != null && !v.getValue().isBlank())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                notContactedSince);
    }

    public CampaignChoice chosen() {
        return campaignId == null ? null
                : choices.stream().filter(c -> c.id() == campaignId && c.fillable()).findFirst().orElse(null);
    }

    public List<CampaignChoice> getFillable() {
        return choices.stream().filter(CampaignChoice::fillable).toList();
    }

    public List<CampaignChoice> getOthers() {
        return choices.stream().filter(c -> creating || campaignId == null || c.id() != campaignId).toList();
    }

    public boolean isRunning() {
        return running != null;
    }

    public List<String> getRegionNames() {
        return regionNames;
    }

    public List<CustomFieldView> getCustomFields() {
        return customFields;
    }

    public List<String> getStatusValues() {
        return PartyStatus.ALL;
    }

    public RequiredConsent[] getConsents() {
        return RequiredConsent.values();
    }

    public FillResult getPreview() {
        return preview;
    }

    public FillResult getResult() {
        return result;
    }

    public boolean isCreating() {
        return creating;
    }

    public void setCreating(boolean creating) {
        this.creating = creating;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public RequiredConsent getNewConsent() {
        return newConsent;
    }

    public void setNewConsent(RequiredConsent newConsent) {
        this.newConsent = newConsent;
    }

    public String getPartyType() {
        return partyType;
    }

    public void setPartyType(String partyType) {
        this.partyType = partyType;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces == null ? new ArrayList<>() : new ArrayList<>(provinces);
    }

    public List<ComuneView> getComuni() {
        return comuni;
    }

    public void setComuni(List<ComuneView> comuni) {
        this.comuni = comuni == null ? new ArrayList<>() : new ArrayList<>(comuni);
    }

    public List<String> getPostalCodes() {
        return postalCodes;
    }

    public void setPostalCodes(List<String> postalCodes) {
        this.postalCodes = postalCodes == null ? new ArrayList<>() : new ArrayList<>(postalCodes);
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
    }

    public Integer getAgeMin() {
        return ageMin;
    }

    public void setAgeMin(Integer ageMin) {
        this.ageMin = ageMin;
    }

    public Integer getAgeMax() {
        return ageMax;
    }

    public void setAgeMax(Integer ageMax) {
        this.ageMax = ageMax;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public Map<String, String> getCustomValues() {
        return customValues;
    }

    public List<Long> getNotInCampaigns() {
        return notInCampaigns;
    }

    public void setNotInCampaigns(List<Long> notInCampaigns) {
        this.notInCampaigns = notInCampaigns == null ? new ArrayList<>() : new ArrayList<>(notInCampaigns);
    }

    public LocalDate getNotContactedSince() {
        return notContactedSince;
    }

    public void setNotContactedSince(LocalDate notContactedSince) {
        this.notContactedSince = notContactedSince;
    }
}
