package it.callcenter.web.view.campaign;

import it.callcenter.campaign.CampaignChoice;
import it.callcenter.campaign.FillCriteria;
import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyStatus;
import it.callcenter.registry.PartyType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fill wizard's criteria as a form object (API.md's "Criteria" plus statuses, custom fields and "not contacted
 * since"), with the lists its inputs offer, for any page that selects parties from the registry the way the fill
 * wizard does: the message campaign uses it through {@code /WEB-INF/includes/criteria.xhtml}.
 */
public class CriteriaForm implements Serializable {

    private final List<String> regionNames;
    private final List<CustomFieldView> customFields;
    private final List<CampaignChoice> campaigns;

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

    public CriteriaForm(List<String> regionNames, List<CustomFieldView> customFields, List<CampaignChoice> campaigns) {
        this.regionNames = List.copyOf(regionNames);
        this.customFields = List.copyOf(customFields);
        this.campaigns = List.copyOf(campaigns);
    }

    /** The form showing saved criteria (a comune by its ISTAT code, looked up). */
    public void show(FillCriteria c, GeographyService geography) {
        if (c == null) {
            return;
        }
        partyType = c.partyType() == null ? null : c.partyType().name();
        regions = copy(c.regions());
        provinces = copy(c.provinces());
        comuni = new ArrayList<>(c.comuni() == null ? List.of()
                : c.comuni().stream().map(geography::findByIstatCode).flatMap(java.util.Optional::stream).toList());
        postalCodes = copy(c.postalCodes());
        interests = copy(c.interests());
        ageMin = c.ageMin();
        ageMax = c.ageMax();
        statuses = copy(c.statuses());
        customValues.clear();
        if (c.customFields() != null) {
            customValues.putAll(c.customFields());
        }
        notInCampaigns = c.notInCampaigns() == null ? new ArrayList<>() : new ArrayList<>(c.notInCampaigns());
        notContactedSince = c.notContactedSince();
    }

    public FillCriteria criteria() {
        return new FillCriteria(partyType == null || partyType.isEmpty() ? null : PartyType.valueOf(partyType),
                List.copyOf(regions), List.copyOf(provinces), comuni.stream().map(ComuneView::istatCode).toList(),
                List.copyOf(postalCodes), List.copyOf(interests), ageMin, ageMax, List.copyOf(notInCampaigns),
                List.copyOf(statuses), customValues.entrySet().stream()
                        .filter(v -> v.getValue() != null && !v.getValue().isBlank())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                notContactedSince);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    public List<String> getRegionNames() {
        return regionNames;
    }

    public List<CustomFieldView> getCustomFields() {
        return customFields;
    }

    public List<CampaignChoice> getCampaigns() {
        return campaigns;
    }

    public List<String> getStatusValues() {
        return PartyStatus.ALL;
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
        this.regions = copy(regions);
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = copy(provinces);
    }

    public List<ComuneView> getComuni() {
        return comuni;
    }

    public void setComuni(List<ComuneView> comuni) {
        this.comuni = copy(comuni);
    }

    public List<String> getPostalCodes() {
        return postalCodes;
    }

    public void setPostalCodes(List<String> postalCodes) {
        this.postalCodes = copy(postalCodes);
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = copy(interests);
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
        this.statuses = copy(statuses);
    }

    public Map<String, String> getCustomValues() {
        return customValues;
    }

    public List<Long> getNotInCampaigns() {
        return notInCampaigns;
    }

    public void setNotInCampaigns(List<Long> notInCampaigns) {
        this.notInCampaigns = copy(notInCampaigns);
    }

    public LocalDate getNotContactedSince() {
        return notContactedSince;
    }

    public void setNotContactedSince(LocalDate notContactedSince) {
        this.notContactedSince = notContactedSince;
    }
}
