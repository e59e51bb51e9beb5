package it.callcenter.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What a successful call produces: a product sold to the party, its value in euro, the day it starts. */
@Entity
@Table(name = "contract")
public class Contract {

    public static final int PRODUCT_MAX = 120;
    public static final int NOTES_MAX = 2000;
    public static final String CURRENCY = "EUR";

    @Id
    @SequenceGenerator(name = "contract_seq", sequenceName = "agenda_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    private Long id;

    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    @Column(nullable = false, length = PRODUCT_MAX)
    private String product;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal value;

    @Column(nullable = false, length = 3)
    private String currency = CURRENCY;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contract() {
    }

    Contract(long partyId, Long campaignId, Long entryId, String product, BigDecimal value, LocalDate startDate,
             String notes, String createdBy) {
        this.partyId = partyId;
        this.campaignId = campaignId;
        this.entryId = entryId;
        this.product = product;
        this.value = value;
        this.startDate = startDate;
        this.notes = notes;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }
}
