package it.callcenter.registry;

import java.util.Collection;
import java.util.List;

/**
 * What an area adds to the parties' timelines (the registry its consent and status changes, campaigns their
 * memberships, the queue its calls and outcomes, the agenda its appointments, contracts and activities). Each area
 * provides one bean of this type; the registry's {@code PartyTimeline} finds them all by itself, so the registry
 * depends on none of the areas built on it (as with {@link PartyRecords}).
 */
public interface TimelineSource {

    /** The newest {@code limit} events of these parties in this area, newest first, each with its party's id. */
    List<TimelineEvent> events(Collection<Long> partyIds, int limit);
}
