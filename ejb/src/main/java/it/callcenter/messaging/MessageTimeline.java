package it.callcenter.messaging;

import it.callcenter.platform.Rows;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The messages' part of the timelines: each message to the party (channel, campaign or automation, address, state now
 * and why it failed), the replies from its mobiles, and its opt-outs (a STOP, an unsubscribe link).
 */
@Stateless
public class MessageTimeline implements TimelineSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        Long[] ids = partyIds.toArray(Long[]::new);
        List<TimelineEvent> events = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT coalesce(m.sent_at, m.created_at), m.channel,"
                        + " coalesce(c.name, m.automation), m.state, m.address, coalesce(m.failure, ''), m.party_id,"
                        + " CASE WHEN c.id IS NULL THEN 'messageAutomation' ELSE 'message' END"
                        + " FROM message m LEFT JOIN message_campaign c ON c.id = m.campaign_id"
                        + " WHERE m.party_id = ANY(CAST(?1 AS bigint[])) ORDER BY m.created_at DESC LIMIT ?2")
                .setParameter(1, ids).setParameter(2, limit))) {
            events.add(new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.MESSAGE,
                    ((String) r[3]).equals("FAILED") ? r[7] + "Failed" : (String) r[7],
                    Arrays.asList((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]), null,
                    Rows.number(r[6])));
        }
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT i.received_at, i.text, c.party_id, i.sender"
                        + " FROM message_inbound i JOIN party_contact c ON c.kind = 'MOBILE' AND c.search_key = i.sender"
                        + " WHERE c.party_id = ANY(CAST(?1 AS bigint[])) ORDER BY i.received_at DESC LIMIT ?2")
                .setParameter(1, ids).setParameter(2, limit))) {
            events.add(new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.MESSAGE, "messageReply",
                    List.of((String) r[1], (String) r[3]), null, Rows.number(r[2])));
        }
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT at, source, address, withdrawn, party_id FROM message_opt_out"
                        + " WHERE party_id = ANY(CAST(?1 AS bigint[])) ORDER BY at DESC LIMIT ?2")
                .setParameter(1, ids).setParameter(2, limit))) {
            events.add(new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.CONSENT,
                    OptOuts.SMS_STOP.equals(r[1]) ? "optOutStop" : "optOutUnsubscribe",
                    List.of((String) r[2], (String) r[3]), null, Rows.number(r[4])));
        }
        return events;
    }
}
