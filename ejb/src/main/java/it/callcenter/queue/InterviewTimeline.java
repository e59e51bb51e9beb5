package it.callcenter.queue;

import it.callcenter.platform.Rows;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The interviews on the timelines: one event an entry with answers, when it was last answered, by whom, with the
 * campaign and each "question: answer" in the questionnaire's order. Yes and no are worded in Italian ({1}) and in
 * English ({2}); each language's bundle picks its own.
 */
@Stateless
public class InterviewTimeline implements TimelineSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT max(a.answered_at), (array_agg(a.answered_by ORDER BY a.answered_at DESC))[1],"
                        + " a.party_id, c.name,"
                        + " string_agg(coalesce(q.text, a.code) || ': ' || CASE WHEN q.type = 'YES_NO' THEN CASE a.answer WHEN 'YES' THEN 'Sì' ELSE 'No' END"
                        + " ELSE a.answer END, '; ' ORDER BY q.position NULLS LAST, a.code),"
                        + " string_agg(coalesce(q.text, a.code) || ': ' || CASE WHEN q.type = 'YES_NO' THEN CASE a.answer WHEN 'YES' THEN 'Yes' ELSE 'No' END"
                        + " ELSE a.answer END, '; ' ORDER BY q.position NULLS LAST, a.code)"
                        + " FROM interview_answer a JOIN campaign c ON c.id = a.campaign_id"
                        + " LEFT JOIN interview_question q ON q.campaign_id = a.campaign_id AND q.code = a.code"
                        + " WHERE a.party_id = ANY(?1) GROUP BY a.entry_id, a.party_id, c.name ORDER BY 1 DESC LIMIT ?2")
                .setParameter(1, partyIds.toArray(Long[]::new)).setParameter(2, limit))) {
            events.add(new TimelineEvent(Rows.instant(r[0]), TimelineEvent.Kind.OUTCOME, "interview",
                    List.of((String) r[3], (String) r[4], (String) r[5]), (String) r[1], Rows.number(r[2])));
        }
        return events;
    }
}
