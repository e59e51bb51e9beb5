package it.callcenter.queue;

import it.callcenter.platform.Rows;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineEvent.Kind;
import it.callcenter.registry.TimelineSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The queue's part of the timelines, from the attempts log: each attempt is a call (when the operator took the entry,
 * to which number, for which campaign) and its outcome (when recorded). An outcome carries its label in Italian and
 * in English ({0} and {1}: each language's bundle picks its own; the campaign's own label, else the default one, else
 * the code), then the callback time and the note.
 */
@Stateless
public class QueueTimeline implements TimelineSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT a.taken_at, a.recorded_at, a.operator, a.party_id, a.phone,"
                        + " c.name, a.outcome, d.label_it, d.label_en, a.note, a.callback_at FROM entry_attempt a"
                        + " JOIN campaign c ON c.id = a.campaign_id"
                        + " LEFT JOIN LATERAL (SELECT d.label_it, d.label_en FROM outcome_definition d WHERE d.code = a.outcome"
                        + " AND (d.campaign_id = a.campaign_id OR d.campaign_id IS NULL) ORDER BY d.campaign_id NULLS LAST LIMIT 1) d"
                        + " ON true"
                        + " WHERE a.party_id = ANY(?1) ORDER BY a.recorded_at DESC LIMIT ?2")
                .setParameter(1, partyIds.toArray(Long[]::new)).setParameter(2, limit))) {
            String operator = (String) r[2];
            long partyId = Rows.number(r[3]);
            events.add(new TimelineEvent(Rows.instant(r[0]), Kind.CALL, "call", List.of((String) r[4], (String) r[5]),
                    operator, partyId));
            String code = (String) r[6];
            String italian = r[7] == null ? code : (String) r[7];
            String english = r[8] == null ? code : (String) r[8];
            String note = r[9] == null || ((String) r[9]).isBlank() ? null : (String) r[9];
            Instant callback = Rows.instant(r[10]);
            List<String> arguments = new ArrayList<>(List.of(italian, english));
            String key = "outcome";
            if (callback != null) {
                key += "Callback";
                arguments.add(callback.toString());
            }
            if (note != null) {
                key += "Note";
                arguments.add(note);
            }
            events.add(new TimelineEvent(Rows.instant(r[1]), Kind.OUTCOME, key, arguments, operator, partyId));
        }
        return events;
    }
}
