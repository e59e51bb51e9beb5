package it.callcenter.telephony;

import it.callcenter.platform.Rows;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;

/**
 * The calls on a party's timeline: each call made or received, worded by its direction and how it ended (or where it
 * is), e.g. {@code timeline.call.OUTBOUND.BUSY}; arguments the number and the talk time in seconds.
 */
@Stateless
public class CallTimeline implements TimelineSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        return Rows.of(em.createNativeQuery("SELECT started_at, direction, number, coalesce(disposition, state),"
                        + " CASE WHEN answered_at IS NULL THEN 0 ELSE CAST(extract(epoch FROM coalesce(ended_at, now())"
                        + " - answered_at) AS bigint) END, operator, party_id FROM call"
                        + " WHERE party_id = ANY(CAST(?1 AS bigint[])) ORDER BY started_at DESC LIMIT ?2")
                        .setParameter(1, partyIds.toArray(Long[]::new)).setParameter(2, limit)).stream()
                .map(r -> new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.CALL, "call." + r[1] + "." + r[3],
                        List.of((String) r[2], String.valueOf(Rows.number(r[4]))), (String) r[5], Rows.number(r[6])))
                .toList();
    }
}
