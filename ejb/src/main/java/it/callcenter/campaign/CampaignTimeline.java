package it.callcenter.campaign;

import it.callcenter.platform.Rows;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;

/** The campaigns' part of the timelines: when the party was put in a campaign (by a fill), and which. */
@Stateless
public class CampaignTimeline implements TimelineSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        return Rows.of(em.createNativeQuery("SELECT e.added_at, c.name, e.party_id FROM campaign_entry e"
                        + " JOIN campaign c ON c.id = e.campaign_id WHERE e.party_id = ANY(?1) ORDER BY e.added_at DESC LIMIT ?2")
                .setParameter(1, partyIds.toArray(Long[]::new)).setParameter(2, limit)).stream()
                .map(r -> new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.CAMPAIGN, "campaignJoined",
                        List.of((String) r[1]), null, Rows.number(r[2])))
                .toList();
    }
}
