package it.callcenter.campaign;

import java.io.Serializable;
import java.time.Instant;

/** An entry of a campaign as its page lists it: the party it calls, on which number, its state and operator. */
public record EntryRow(long id, long partyId, String partyName, String phone, String state, String assignedTo,
                       Instant addedAt) implements Serializable {
}
