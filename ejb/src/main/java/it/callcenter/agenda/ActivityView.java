package it.callcenter.agenda;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** An activity, open or done, with the name of the party it is about. */
public record ActivityView(long id, long partyId, String partyName, String text, LocalDate dueOn, LocalTime dueTime,
                           String assignedTo, String createdBy, Instant createdAt, String doneBy, Instant doneAt,
                           long version) implements Serializable {

    public boolean done() {
        return doneAt != null;
    }
}
