package it.callcenter.queue;

import java.io.Serializable;
import java.time.Instant;

/** One operator on the supervisor's board: API.md's {@code GET /operators/board} item. */
public record BoardRow(String username, String fullName, OperatorState state, Instant since, Long campaignId,
                       String campaignName, Long entryId, String node, String pauseReason) implements Serializable {
}
