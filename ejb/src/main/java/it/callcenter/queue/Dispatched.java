package it.callcenter.queue;

import java.io.Serializable;
import java.time.Instant;

/** The entry "next customer" gave the operator, leased to them until {@code leaseUntil}. */
public record Dispatched(long entryId, long campaignId, long partyId, String phone, int attempts, String lastOutcome,
                         boolean callback, Instant heldSince, Instant leaseUntil) implements Serializable {
}
