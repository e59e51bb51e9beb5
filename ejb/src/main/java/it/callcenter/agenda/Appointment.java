package it.callcenter.agenda;

import it.callcenter.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A meeting booked for a field agent with a party, at a place and a time; it can be cancelled, not moved. */
@Entity
@Table(name = "appointment")
public class Appointment {

    public static final int PLACE_MAX = 300;
    public static final int NOTES_MAX = 2000;

    /** BOOKED blocks the agent's time; CANCELLED is kept for the party's history. */
    public enum State { BOOKED, CANCELLED }

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "agenda_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    @Column(nullable = false, updatable = false, length = 64)
    private String agent;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private State state = State.BOOKED;

    @Column(name = "booked_by", nullable = false, updatable = false, length = 64)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected Appointment() {
    }

    Appointment(long partyId, Long campaignId, Long entryId, String agent, Slot slot, String place, String notes, String bookedBy) {
        this.partyId = partyId;
        this.campaignId = campaignId;
        this.entryId = entryId;
        this.agent = agent;
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.place = place;
        this.notes = notes;
        this.bookedBy = bookedBy;
        this.bookedAt = Instant.now();
    }

    void cancel(String by) {
        if (state != State.BOOKED) {
            throw new BusinessException(null, "APPOINTMENT_NOT_BOOKED");
        }
        state = State.CANCELLED;
        cancelledBy = by;
        cancelledAt = Instant.now();
    }

    Slot slot() {
        return new Slot(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public long getPartyId() {
        return partyId;
    }

    public String getAgent() {
        return agent;
    }

    public long getVersion() {
        return version;
    }
}
