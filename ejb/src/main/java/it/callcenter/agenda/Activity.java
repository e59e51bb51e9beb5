package it.callcenter.agenda;

import it.callcenter.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Something to do about a party by a day, and maybe a time, for one user ("richiamare fra 9 mesi"); done once. */
@Entity
@Table(name = "activity")
public class Activity {

    public static final int TEXT_MAX = 500;

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "agenda_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "due_time")
    private LocalTime dueTime;

    @Column(name = "assigned_to", nullable = false, length = 64)
    private String assignedTo;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected Activity() {
    }

    Activity(long partyId, String text, LocalDate dueOn, LocalTime dueTime, String assignedTo, String createdBy) {
        this.partyId = partyId;
        this.text = text;
        this.dueOn = dueOn;
        this.dueTime = dueTime;
        this.assignedTo = assignedTo;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    void complete(String by) {
        if (doneAt != null) {
            throw new BusinessException(null, "ACTIVITY_ALREADY_DONE");
        }
        doneBy = by;
        doneAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getPartyId() {
        return partyId;
    }

    public long getVersion() {
        return version;
    }
}
