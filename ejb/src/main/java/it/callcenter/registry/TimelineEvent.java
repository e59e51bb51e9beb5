package it.callcenter.registry;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to a party, as its timeline shows it. The text is a bundle key ({@code timeline.<key>})
 * with its arguments, so each reader sees it in their language; {@code partyId} is the party it happened to (on a
 * company's timeline, a representative's events keep the person's id).
 */
public record TimelineEvent(Instant at, Kind kind, String textKey, List<String> arguments, String by, long partyId) {

    /** What kind of event: the kinds of API.md's {@code GET /parties/{id}/timeline}. */
    public enum Kind {
        CALL, OUTCOME, APPOINTMENT, CONTRACT, ACTIVITY, CAMPAIGN, CONSENT, STATUS, MESSAGE, NOTE
    }

    public TimelineEvent {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
