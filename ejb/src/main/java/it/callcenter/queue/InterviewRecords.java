package it.callcenter.queue;

import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The interviews' answers and the contact promises about a party in the privacy export (section {@code interviews});
 * the erasure deletes them with the party (both cascade from it), and the promises here first, their notes included.
 */
@Stateless
public class InterviewRecords implements PartyRecords {

    public record AnswerRecord(String campaign, String question, String answer, String answeredBy, Instant answeredAt) {
    }

    public record PromiseRecord(String campaign, LocalDate dueOn, String note, String promisedBy, Instant promisedAt) {
    }

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "interviews";
    }

    @Override
    public Object export(long partyId) {
        List<AnswerRecord> answers = Rows.of(em.createNativeQuery("SELECT c.name, coalesce(q.text, a.code), a.answer, a.answered_by,"
                        + " a.answered_at FROM interview_answer a JOIN campaign c ON c.id = a.campaign_id"
                        + " LEFT JOIN interview_question q ON q.campaign_id = a.campaign_id AND q.code = a.code"
                        + " WHERE a.party_id = ?1 ORDER BY a.answered_at, a.code").setParameter(1, partyId)).stream()
                .map(r -> new AnswerRecord((String) r[0], (String) r[1], (String) r[2], (String) r[3], Rows.instant(r[4]))).toList();
        List<PromiseRecord> promises = Rows.of(em.createNativeQuery("SELECT c.name, p.due_on, p.note, p.promised_by, p.promised_at"
                        + " FROM contact_promise p JOIN campaign c ON c.id = p.target_campaign_id WHERE p.party_id = ?1"
                        + " ORDER BY p.promised_at").setParameter(1, partyId)).stream()
                .map(r -> new PromiseRecord((String) r[0], Rows.date(r[1]), (String) r[2], (String) r[3], Rows.instant(r[4]))).toList();
        return Map.of("answers", answers, "promises", promises);
    }

    @Override
    public void erase(long partyId) {
        em.createNativeQuery("DELETE FROM contact_promise WHERE party_id = ?1").setParameter(1, partyId).executeUpdate();
        em.createNativeQuery("DELETE FROM interview_answer WHERE party_id = ?1").setParameter(1, partyId).executeUpdate();
    }
}
