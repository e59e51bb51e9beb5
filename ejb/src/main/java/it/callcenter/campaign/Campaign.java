package it.callcenter.campaign;

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
import java.util.Map;
import java.util.Set;

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

    private static final Map<CampaignState, Set<CampaignState>> NEXT = Map.of(
            CampaignState.DRAFT, Set.of(CampaignState.ACTIVE, CampaignState.CLOSED),
            CampaignState.ACTIVE, Set.of(CampaignState.PAUSED, CampaignState.CLOSED),
            CampaignState.PAUSED, Set.of(CampaignState.ACTIVE, CampaignState.CLOSED),
            CampaignState.CLOSED, Set.of());

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(length = 120)
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

    @Column(name = "caller_id", length = 32)
    private String callerId;

    @Column
    private String script;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(CampaignData data, String createdBy) {
        this.name = data.name().strip();
        this.description = data.description();
        this.product = data.product();
        this.startsOn = data.startsOn();
        this.endsOn = data.endsOn();
        this.requiredConsent = data.requiredConsent();
        this.requiresRpoCheck = Boolean.TRUE.equals(data.requiresRpoCheck());
        this.callerId = data.callerId();
        this.script = data.script();
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new BusinessException("endsOn", "CAMPAIGN_ENDS_BEFORE_START");
        }
    }

    /** Moves to {@code target}, or refuses with {@code CAMPAIGN_STATE_CHANGE} if the life cycle does not allow it. */
    void changeState(CampaignState target) {
        if (target == null) {
            throw new BusinessException("state", "REQUIRED");
        }
        if (target != state && !NEXT.get(state).contains(target)) {
            throw new BusinessException("state", "CAMPAIGN_STATE_CHANGE", state, target);
        }
        state = target;
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
