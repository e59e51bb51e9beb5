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

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An outcome (esito) and its rules: final, retry after a delay, or callback; whether it counts as a contact and as
 * a success. The defaults (no campaign) are the administrator's; each campaign gets its own copy when created.
 * The codes of API.md have behaviour of their own besides these rules (CONTRACT opens a contract, APPOINTMENT books
 * an appointment, DO_NOT_CALL puts the number on the list).
 */
@Entity
@Table(name = "outcome_definition")
@NamedQuery(name = "OutcomeDefinition.defaults",
        query = "SELECT o FROM OutcomeDefinition o WHERE o.campaignId IS NULL ORDER BY o.position, o.code")
@NamedQuery(name = "OutcomeDefinition.ofCampaign",
        query = "SELECT o FROM OutcomeDefinition o WHERE o.campaignId = :campaign ORDER BY o.position, o.code")
public class OutcomeDefinition {

    public static final int LABEL_MAX = 80;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final Pattern SHORTCUT = Pattern.compile("[0-9A-Z]|F([1-9]|1[0-2])");

    @Id
    @SequenceGenerator(name = "outcome_definition_seq", sequenceName = "outcome_definition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_definition_seq")
    private Long id;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "label_it", nullable = false, length = LABEL_MAX)
    private String labelIt;

    @Column(name = "label_en", nullable = false, length = LABEL_MAX)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutcomeKind kind;

    @Column(name = "retry_delay_minutes", nullable = false)
    private int retryDelayMinutes;

    @Column(name = "counts_as_contact", nullable = false)
    private boolean countsAsContact;

    @Column(name = "counts_as_success", nullable = false)
    private boolean countsAsSuccess;

    @Column(length = 8)
    private String shortcut;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected OutcomeDefinition() {
    }

    OutcomeDefinition(Long campaignId, String code, OutcomeRules rules) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            throw new BusinessException("code", "OUTCOME_CODE_INVALID");
        }
        this.campaignId = campaignId;
        this.code = normalized;
        apply(rules);
    }

    /** This definition's copy for a new campaign. */
    OutcomeDefinition copyFor(long campaign) {
        return new OutcomeDefinition(campaign, code, rules());
    }

    void apply(OutcomeRules rules) {
        if (rules.kind() == null) {
            throw new BusinessException("kind", "REQUIRED");
        }
        String it = label("labelIt", rules.labelIt());
        String en = label("labelEn", rules.labelEn());
        if (rules.retryDelayMinutes() < 0 || rules.retryDelayMinutes() > 525_600) {
            throw new BusinessException("retryDelayMinutes", "OUT_OF_RANGE", 0, 525_600);
        }
        String key = rules.shortcut() == null || rules.shortcut().isBlank() ? null : rules.shortcut().strip().toUpperCase(Locale.ROOT);
        if (key != null && !SHORTCUT.matcher(key).matches()) {
            throw new BusinessException("shortcut", "OUTCOME_SHORTCUT_INVALID");
        }
        this.labelIt = it;
        this.labelEn = en;
        this.kind = rules.kind();
        this.retryDelayMinutes = rules.kind() == OutcomeKind.RETRY ? rules.retryDelayMinutes() : 0;
        this.countsAsContact = rules.countsAsContact();
        this.countsAsSuccess = rules.countsAsSuccess();
        this.shortcut = key;
        this.position = rules.position();
        this.active = rules.active();
    }

    public OutcomeRules rules() {
        return new OutcomeRules(labelIt, labelEn, kind, retryDelayMinutes, countsAsContact, countsAsSuccess, shortcut,
                position, active);
    }

    private static String label(String field, String label) {
        if (label == null || label.isBlank()) {
            throw new BusinessException(field, "REQUIRED");
        }
        if (label.strip().length() > LABEL_MAX) {
            throw new BusinessException(field, "TOO_LONG", LABEL_MAX);
        }
        return label.strip();
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelIt;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCode() {
        return code;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public int getRetryDelayMinutes() {
        return retryDelayMinutes;
    }

    public boolean isCountsAsContact() {
        return countsAsContact;
    }

    public boolean isCountsAsSuccess() {
        return countsAsSuccess;
    }

    public String getShortcut() {
        return shortcut;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
