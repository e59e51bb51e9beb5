package it.callcenter.queue;

import it.callcenter.campaign.EntryState;

import java.io.Serializable;
import java.time.Instant;

/** What an outcome did to its entry: its new state, when it is due again (retry, callback), the attempts made. */
public record OutcomeResult(long entryId, String outcome, EntryState state, Instant dueAt, int attempts,
                            Long contractId, Long appointmentId) implements Serializable {
}
