package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.campaign.AssignmentMode;
import it.callcenter.campaign.AssignmentResult;
import it.callcenter.campaign.CampaignAssignments;
import it.callcenter.campaign.CampaignData;
import it.callcenter.campaign.CampaignEntries;
import it.callcenter.campaign.CampaignFigures;
import it.callcenter.campaign.CampaignService;
import it.callcenter.campaign.CampaignState;
import it.callcenter.campaign.CampaignView;
import it.callcenter.campaign.EntryFilter;
import it.callcenter.campaign.EntryRow;
import it.callcenter.compliance.RequiredConsent;
import it.callcenter.security.GroupView;
import it.callcenter.security.OperatorGroups;
import it.callcenter.security.UserView;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A campaign's page: its form (saved with its version), the state buttons, the figures, the entries (lazy, filtered
 * in the database), the assignment to operators and groups, and moving one operator's entries to another.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    private static final DateTimeFormatter ADDED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));

    @EJB
    private CampaignService campaigns;

    @EJB
    private CampaignEntries entries;

    @EJB
    private CampaignAssignments assignments;

    @EJB
    private OperatorGroups groups;

    private Long id;
    private CampaignState state;
    private long version;
    private String name;
    private String description;
    private String product;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private RequiredConsent requiredConsent;
    private boolean requiresRpoCheck;
    private String callerId;
    private String script;

    private CampaignFigures figures;
    private Map<String, Long> byState = Map.of();
    private Map<String, Long> byOperator = Map.of();
    private List<UserView> operators = List.of();
    private List<GroupView> groupList = List.of();

    private String operatorFilter;
    private String stateFilter;
    private String nameFilter;
    private PagedModel<EntryRow> model;

    private String[] chosenOperators = {};
    private String[] chosenGroups = {};
    private AssignmentMode mode = AssignmentMode.SPLIT;
    private String moveFrom;
    private String moveTo;
    private boolean assignedHere;

    /** The view action: reads the campaign named by {@code ?id=}, or answers 404. */
    public void load() throws IOException {
        if (model != null) {
            return;
        }
        try {
            show(campaigns.find(id == null ? -1 : id));
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        operators = groups.activeOperators();
        groupList = groups.list();
        model = new PagedModel<>(() -> entries.count(id, filter()), (first, max) -> entries.page(id, filter(), first, max),
                row -> String.valueOf(row.id()));
        refreshFigures();
    }

    public void save() {
        try {
            show(campaigns.edit(id, version, new CampaignData(name, description, product, startsOn, endsOn,
                    requiredConsent, requiresRpoCheck, callerId, script)));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.saved", name);
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    /** Moves the campaign to {@code target}; the form keeps what is typed, only the state and version are read back. */
    public void changeState(CampaignState target) {
        try {
            campaigns.changeState(id, target);
            CampaignView now = campaigns.find(id);
            state = now.state();
            version = now.version();
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.stateChanged", Messages.text(locale(), "campaign.state." + state));
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void assign() {
        try {
            AssignmentResult result = assignments.assign(id, List.of(chosenOperators), List.of(chosenGroups), mode);
            Messages.add(null, FacesMessage.SEVERITY_INFO, result.mode() == AssignmentMode.SPLIT ? "campaign.assigned.split"
                    : "campaign.assigned.shared", result.entries(), result.operators().size(), String.join(", ", result.operators()));
            assignedHere = true;
            if (isDraft()) {
                Messages.add(null, FacesMessage.SEVERITY_WARN, "campaign.assigned.activate");
            }
            refreshFigures();
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void move() {
        try {
            int moved = assignments.move(id, moveFrom, moveTo);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.moved", moved, moveFrom, moveTo);
            PrimeFaces.current().executeScript("PF('moveDialog').hide()");
            refreshFigures();
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.add(e);
        }
    }

    private void show(CampaignView c) {
        id = c.id();
        state = c.state();
        version = c.version();
        name = c.name();
        description = c.description();
        product = c.product();
        startsOn = c.startsOn();
        endsOn = c.endsOn();
        requiredConsent = c.requiredConsent();
        requiresRpoCheck = c.requiresRpoCheck();
        callerId = c.callerId();
        script = c.script();
    }

    private void refreshFigures() {
        figures = campaigns.figures(id);
        byState = entries.byState(id);
        byOperator = entries.openByOperator(id);
    }

    private EntryFilter filter() {
        return new EntryFilter(operatorFilter, stateFilter, nameFilter);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** How many entries the filter finds, worded: "1.234 nominativi". */
    public String getEntriesText() {
        return Messages.text(locale(), "campaign.entries.total", model == null ? 0 : model.getRowCount());
    }

    /** The states this campaign may move to now, in life-cycle order. */
    public List<CampaignState> getNextStates() {
        return List.copyOf(state.next());
    }

    /** When the entry was added, as people in Italy read it. */
    public String addedAt(EntryRow row) {
        return row.addedAt() == null ? "" : ADDED_AT.format(row.addedAt());
    }

    /** An operator as the selects show them: full name and username, or the username alone if no longer active. */
    public String label(String username) {
        return operators.stream().filter(o -> o.username().equals(username)).findFirst()
                .map(o -> o.fullName() + " (" + o.username() + ")").orElse(username);
    }

    /** A count the page shows: a state or an operator, and how many entries. */
    public record Figure(String key, long value) {
    }

    public List<Figure> getByState() {
        return figures(byState);
    }

    public List<Figure> getByOperator() {
        return figures(byOperator);
    }

    private static List<Figure> figures(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Figure(e.getKey(), e.getValue())).toList();
    }

    public List<String> getHolders() {
        return List.copyOf(byOperator.keySet());
    }

    public CampaignState[] getStates() {
        return CampaignState.values();
    }

    public RequiredConsent[] getConsents() {
        return RequiredConsent.values();
    }

    public AssignmentMode[] getModes() {
        return AssignmentMode.values();
    }

    /** While a draft, the page says that operators get nothing until the campaign is activated. */
    public boolean isDraft() {
        return state == CampaignState.DRAFT;
    }

    /** Whether some operator holds open entries of the campaign. */
    public boolean isAssigned() {
        return assignedHere || !byOperator.isEmpty();
    }

    public boolean isClosed() {
        return state == CampaignState.CLOSED;
    }

    public CampaignFigures getFigures() {
        return figures;
    }

    public PagedModel<EntryRow> getModel() {
        return model;
    }

    public List<UserView> getOperators() {
        return operators;
    }

    public List<GroupView> getGroupList() {
        return groupList;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignState getState() {
        return state;
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

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public RequiredConsent getRequiredConsent() {
        return requiredConsent;
    }

    public void setRequiredConsent(RequiredConsent requiredConsent) {
        this.requiredConsent = requiredConsent;
    }

    public boolean isRequiresRpoCheck() {
        return requiresRpoCheck;
    }

    public void setRequiresRpoCheck(boolean requiresRpoCheck) {
        this.requiresRpoCheck = requiresRpoCheck;
    }

    public String getCallerId() {
        return callerId;
    }

    public void setCallerId(String callerId) {
        this.callerId = callerId;
    }

    public String getScript() {
        return script;
    }

    public void setScript(String script) {
        this.script = script;
    }

    public String getOperatorFilter() {
        return operatorFilter;
    }

    public void setOperatorFilter(String operatorFilter) {
        this.operatorFilter = operatorFilter;
    }

    public String getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(String stateFilter) {
        this.stateFilter = stateFilter;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public String[] getChosenOperators() {
        return chosenOperators.clone();
    }

    public void setChosenOperators(String[] chosenOperators) {
        this.chosenOperators = chosenOperators == null ? new String[0] : chosenOperators.clone();
    }

    public String[] getChosenGroups() {
        return chosenGroups.clone();
    }

    public void setChosenGroups(String[] chosenGroups) {
        this.chosenGroups = chosenGroups == null ? new String[0] : chosenGroups.clone();
    }

    public AssignmentMode getMode() {
        return mode;
    }

    public void setMode(AssignmentMode mode) {
        this.mode = mode;
    }

    public String getMoveFrom() {
        return moveFrom;
    }

    public void setMoveFrom(String moveFrom) {
        this.moveFrom = moveFrom;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    /** The campaign's version as this page read it: the rules' sections save with it too (one version, one row). */
    long version() {
        return version;
    }

    /** Another section of the page saved the campaign: its version moved on. */
    void versionRead(long newVersion) {
        version = newVersion;
    }
}
