package it.callcenter.queue;

import it.callcenter.platform.Rows;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The contact promises on the timelines: which campaign, from which day ({1}, dd/MM/yyyy), and the note ({2}). */
@Stateless
public class PromiseTimeline implements TimelineSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT p.promised_at, p.promised_by, p.party_id, c.name, p.due_on, p.note"
                        + " FROM contact_promise p JOIN campaign c ON c.id = p.target_campaign_id"
                        + " WHERE p.party_id = ANY(?1) ORDER BY p.promised_at DESC LIMIT ?2")
                .setParameter(1, partyIds.toArray(Long[]::new)).setParameter(2, limit))) {
            List<String> arguments = new ArrayList<>(List.of((String) r[3], DAY.format(Rows.date(r[4]))));
            String key = "promise";
            if (r[5] != null) {
                key += "Note";
                arguments.add((String) r[5]);
            }
            events.add(new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.CAMPAIGN, key, arguments, (String) r[1],
                    Rows.number(r[2])));
        }
        return events;
    }
}
