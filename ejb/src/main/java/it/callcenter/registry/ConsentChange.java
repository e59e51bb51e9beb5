package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change of one consent: to what, when, by whom, from which source (SCREEN, API, IMPORT, WEB_LEAD), and for an
 * import how the file says it was given and which file it was ({@link ConsentEvidence}).
 */
@Entity
@Table(name = "consent_change")
public class ConsentChange {

    @Id
    @SequenceGenerator(name = "consent_change_seq", sequenceName = "registry_history_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_change_seq")
    private Long id;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Consent consent;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false, length = 16)
    private String source;

    @Column(length = ConsentEvidence.DETAIL_MAX)
    private String detail;

    @Column(length = ConsentEvidence.REFERENCE_MAX)
    private String reference;

    protected ConsentChange() {
    }

    ConsentChange(long partyId, Consent consent, boolean granted, String changedBy, String source, ConsentEvidence evidence) {
        this.partyId = partyId;
        this.consent = consent;
        this.granted = granted;
        this.changedAt = evidence.at(Instant.now());
        this.changedBy = changedBy;
        this.source = source;
        this.detail = evidence.detail();
        this.reference = evidence.reference();
    }

    public Consent getConsent() {
        return consent;
    }

    public boolean isGranted() {
        return granted;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getSource() {
        return source;
    }

    public String getDetail() {
        return detail;
    }

    public String getReference() {
        return reference;
    }
}
