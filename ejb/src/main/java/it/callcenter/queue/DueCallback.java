package it.callcenter.queue;

import java.io.Serializable;
import java.time.Instant;

/**
 * A callback an operator is to make today: one booked for them ({@code personal}), or anyone's of a campaign they
 * work on; late ones included. {@code due} says whether it may be taken now.
 */
public record DueCallback(long entryId, long campaignId, String campaignName, long partyId, String partyName,
                          String phone, Instant dueAt, boolean personal) implements Serializable {

    public boolean due(Instant now) {
        return !dueAt.isAfter(now);
    }
}
