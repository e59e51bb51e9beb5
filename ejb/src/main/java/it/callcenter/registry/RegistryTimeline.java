package it.callcenter.registry;

import it.callcenter.platform.Rows;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The registry's part of the timelines: each consent given or withdrawn, each change of status. */
@Stateless
public class RegistryTimeline implements TimelineSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        Long[] ids = partyIds.toArray(Long[]::new);
        List<TimelineEvent> events = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT changed_at, consent, granted, changed_by, party_id, source"
                + " FROM consent_change WHERE party_id = ANY(CAST(?1 AS bigint[])) ORDER BY changed_at DESC LIMIT ?2")
                .setParameter(1, ids).setParameter(2, limit))) {
            events.add(new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.CONSENT,
                    Boolean.TRUE.equals(r[2]) ? "consentGranted" : "consentWithdrawn",
                    List.of((String) r[1], (String) r[5]), (String) r[3], Rows.number(r[4])));
        }
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT changed_at, from_status, to_status, changed_by, party_id"
                + " FROM party_status_change WHERE party_id = ANY(CAST(?1 AS bigint[])) ORDER BY changed_at DESC LIMIT ?2")
                .setParameter(1, ids).setParameter(2, limit))) {
            events.add(new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.STATUS, "statusChanged",
                    java.util.Arrays.asList(r[1] == null ? "" : (String) r[1], (String) r[2]), (String) r[3], Rows.number(r[4])));
        }
        return events;
    }
}
