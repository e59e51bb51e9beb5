package it.callcenter.campaign;

import it.callcenter.compliance.CallWindows;
import it.callcenter.compliance.CallWindowsForm;
import it.callcenter.compliance.RequiredConsent;
import it.callcenter.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A campaign and its rules. It guards its own life cycle (DRAFT → ACTIVE ⇄ PAUSED, anything → CLOSED, CLOSED is
 * final) and says whether it may still be filled; its entries are rows written by set-based SQL, not a mapped
 * collection, so a campaign of a million entries loads as one row.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = "Campaign.byName", query = "SELECT c FROM Campaign c WHERE lower(c.name) = lower(:name)")
public class Campaign {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PRODUCT_MAX = 120;
    public static final int CALLER_ID_MAX = 32;
    public static final int SCRIPT_MAX = 20_000;
    /** The number shown to the called party: digits, an optional leading +. */
    private static final Pattern CALLER_ID = Pattern.compile("\\+?[0-9]{3,20}");

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(length = PRODUCT_MAX)
    private String product;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CampaignState state = CampaignState.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_consent", length = 16)
    private RequiredConsent requiredConsent;

    @Column(name = "requires_rpo_check", nullable = false)
    private boolean requiresRpoCheck;

    @Column(name = "caller_id", length = CALLER_ID_MAX)
    private String callerId;

    @Column
    private String script;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispatch_order", nullable = false, length = 16)
    private DispatchOrder dispatchOrder = DispatchOrder.OLDEST_FIRST;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts = DispatchRules.DEFAULT.maxAttempts();

    @Column(name = "lease_seconds", nullable = false)
    private int leaseSeconds = DispatchRules.DEFAULT.leaseSeconds();

    @Column(name = "callback_grace_minutes", nullable = false)
    private int callbackGraceMinutes = DispatchRules.DEFAULT.callbackGraceMinutes();

    /** The campaign's calling windows as {@link CallWindowsForm} JSON; null: the legal default. */
    @Column(name = "call_windows")
    private String callWindows;

    @Column(name = "calls_on_holidays", nullable = false)
    private boolean callsOnHolidays;

    /** The criteria of the last fill, as {@link FillCriteria} JSON; null: never filled. */
    @Column(name = "fill_criteria")
    private String fillCriteria;

    @Column(name = "timer_amber_seconds", nullable = false)
    private int timerAmberSeconds = TimerThresholds.DEFAULT.amberSeconds();

    @Column(name = "timer_red_seconds", nullable = false)
    private int timerRedSeconds = TimerThresholds.DEFAULT.redSeconds();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(CampaignData data, String createdBy) {
        apply(data);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /**
     * A copy named {@code newName}, in DRAFT, made by {@code createdBy}: the same fields, dispatch rules, calling
     * windows, fill criteria and timer thresholds (the outcome set and the entries are rows: the service copies them).
     */
    Campaign duplicate(String newName, String createdBy) {
        Campaign copy = new Campaign(new CampaignData(newName, description, product, startsOn, endsOn, requiredConsent,
                requiresRpoCheck, callerId, script), createdBy);
        copy.changeDispatchRules(dispatchRules());
        copy.callWindows = callWindows;
        copy.callsOnHolidays = callsOnHolidays;
        copy.fillCriteria = fillCriteria;
        copy.changeTimerThresholds(timerThresholds());
        return copy;
    }

    void recordFillCriteria(String json) {
        this.fillCriteria = json;
    }

    public String getFillCriteria() {
        return fillCriteria;
    }

    void changeTimerThresholds(TimerThresholds thresholds) {
        this.timerAmberSeconds = thresholds.amberSeconds();
        this.timerRedSeconds = thresholds.redSeconds();
    }

    public TimerThresholds timerThresholds() {
        return new TimerThresholds(timerAmberSeconds, timerRedSeconds);
    }

    /** Replaces what a supervisor edits (everything but the state); a closed campaign is kept as it was. */
    void edit(CampaignData data) {
        if (state == CampaignState.CLOSED) {
            throw new BusinessException(null, "CAMPAIGN_CLOSED_EDIT", name);
        }
        apply(data);
    }

    private void apply(CampaignData data) {
        if (data == null || data.name() == null || data.name().isBlank()) {
            throw new BusinessException("name", "REQUIRED");
        }
        if (data.startsOn() != null && data.endsOn() != null && data.endsOn().isBefore(data.startsOn())) {
            throw new BusinessException("endsOn", "CAMPAIGN_ENDS_BEFORE_START");
        }
        if (data.callerId() != null && !data.callerId().isBlank() && !CALLER_ID.matcher(data.callerId().strip()).matches()) {
            throw new BusinessException("callerId", "CALLER_ID_INVALID");
        }
        String newName = limited("name", data.name(), NAME_MAX);
        String newDescription = limited("description", data.description(), DESCRIPTION_MAX);
        String newProduct = limited("product", data.product(), PRODUCT_MAX);
        String newCallerId = limited("callerId", data.callerId(), CALLER_ID_MAX);
        String newScript = limited("script", data.script(), SCRIPT_MAX);
        // all checked: only now is anything changed
        this.name = newName;
        this.description = newDescription;
        this.product = newProduct;
        this.startsOn = data.startsOn();
        this.endsOn = data.endsOn();
        this.requiredConsent = data.requiredConsent();
        this.requiresRpoCheck = Boolean.TRUE.equals(data.requiresRpoCheck());
        this.callerId = newCallerId;
        this.script = newScript;
    }

    /** The text stripped, null when blank, refused with {@code TOO_LONG} past {@code max} characters. */
    private static String limited(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new BusinessException(field, "TOO_LONG", max);
        }
        return stripped;
    }

    /** Moves to {@code target}, or refuses with {@code CAMPAIGN_STATE_CHANGE} if the life cycle does not allow it. */
    void changeState(CampaignState target) {
        if (target == null) {
            throw new BusinessException("state", "REQUIRED");
        }
        if (target != state && !state.next().contains(target)) {
            throw new BusinessException("state", "CAMPAIGN_STATE_CHANGE", state, target);
        }
        state = target;
    }

    void changeDispatchRules(DispatchRules rules) {
        this.dispatchOrder = rules.order();
        this.maxAttempts = rules.maxAttempts();
        this.leaseSeconds = rules.leaseSeconds();
        this.callbackGraceMinutes = rules.callbackGraceMinutes();
    }

    public DispatchRules dispatchRules() {
        return new DispatchRules(dispatchOrder, maxAttempts, leaseSeconds, callbackGraceMinutes);
    }

    void changeCallWindows(CallWindows windows) {
        this.callWindows = CallWindowsForm.of(windows).toJson();
        this.callsOnHolidays = windows.onHolidays();
    }

    /** When the campaign may call: its own windows, or the Italian legal default. */
    public CallWindows callWindows() {
        return CallWindowsForm.parse(callWindows);
    }

    /** A closed campaign takes nobody new; any other may be filled, even while running. */
    public boolean canBeFilled() {
        return state != CampaignState.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getProduct() {
        return product;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public CampaignState getState() {
        return state;
    }

    public RequiredConsent getRequiredConsent() {
        return requiredConsent;
    }

    public boolean isRequiresRpoCheck() {
        return requiresRpoCheck;
    }

    public String getCallerId() {
        return callerId;
    }

    public String getScript() {
        return script;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
