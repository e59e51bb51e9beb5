package it.callcenter.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A lead note (segnalazione): a few words about a party passed to one user, e.g. a salesman. Never edited. */
@Entity
@Table(name = "lead_note")
public class LeadNote {

    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "lead_note_seq", sequenceName = "agenda_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_note_seq")
    private Long id;

    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;

    @Column(name = "to_user", nullable = false, updatable = false, length = 64)
    private String toUser;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "sent_by", nullable = false, updatable = false, length = 64)
    private String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected LeadNote() {
    }

    LeadNote(long partyId, String toUser, String text, String sentBy) {
        this.partyId = partyId;
        this.toUser = toUser;
        this.text = text;
        this.sentBy = sentBy;
        this.sentAt = Instant.now();
    }

    public Long getId() {
        return id;
    }
}
