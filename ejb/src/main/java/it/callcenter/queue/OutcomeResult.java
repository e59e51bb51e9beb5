package it.callcenter.queue;

import it.callcenter.campaign.EntryState;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an outcome did to its entry: its new state, when it is due again (retry, callback), the attempts made; the
 * contract, appointment and contact promise it opened.
 */
public record OutcomeResult(long entryId, String outcome, EntryState state, Instant dueAt, int attempts,
                            Long contractId, Long appointmentId, Long promiseId) implements Serializable {
}
