package it.callcenter.queue;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.campaign.Interview;
import it.callcenter.campaign.InterviewQuestion;
import it.callcenter.campaign.Interviews;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interview's answers of an entry: saved by the operator holding it (alone, or with the outcome), one row a
 * question, each checked against its question's type; a blank answer removes one. An answer to a code the
 * questionnaire does not have is refused ({@code INTERVIEW_UNKNOWN_QUESTION}), so a typo is not silently kept.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class InterviewAnswers {

    static final String UPSERT = "INSERT INTO interview_answer (entry_id, code, campaign_id, party_id, answer, answered_by, answered_at)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, now()) ON CONFLICT (entry_id, code) DO UPDATE SET answer = EXCLUDED.answer,"
            + " answered_by = EXCLUDED.answered_by, answered_at = EXCLUDED.answered_at"
            + " WHERE interview_answer.answer IS DISTINCT FROM EXCLUDED.answer";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private Interviews interviews;

    /** Saves the answers on the entry the caller holds (409 for anyone else); answers all the entry's answers. */
    @RolesAllowed(Role.OPERATOR_NAME)
    public Map<String, String> save(long entryId, Map<String, String> answers) {
        Object[] entry = heldBy(entryId, session.getCallerPrincipal().getName());
        long campaignId = Rows.number(entry[0]);
        write(entryId, campaignId, Rows.number(entry[1]), interviews.of(campaignId), answers);
        return of(entryId);
    }

    /** The entry's answers for the API: a supervisor and up reads any entry's, an operator only the one held (409). */
    public Map<String, String> read(long entryId) {
        if (!session.isCallerInRole(Role.SUPERVISOR_NAME) && !session.isCallerInRole(Role.MANAGER_NAME)
                && !session.isCallerInRole(Role.ADMIN_NAME)) {
            heldBy(entryId, session.getCallerPrincipal().getName());
        }
        return of(entryId);
    }

    /** The entry's answers, code → answer, in the questionnaire's order. */
    public Map<String, String> of(long entryId) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT a.code, a.answer FROM interview_answer a"
                + " LEFT JOIN interview_question q ON q.campaign_id = a.campaign_id AND q.code = a.code"
                + " WHERE a.entry_id = ?1 ORDER BY q.position NULLS LAST, a.code").setParameter(1, entryId))) {
            answers.put((String) r[0], (String) r[1]);
        }
        return answers;
    }

    /** Within the outcome's transaction (the entry already locked and held): writes, then answers the kept answers. */
    public Map<String, String> write(long entryId, long campaignId, long partyId, Interview interview, Map<String, String> answers) {
        if (answers != null && !answers.isEmpty()) {
            String me = session.getCallerPrincipal().getName();
            List<BusinessException> wrong = new ArrayList<>();
            for (Map.Entry<String, String> given : answers.entrySet()) {
                InterviewQuestion question = interview.question(given.getKey() == null ? "" : given.getKey().strip()).orElse(null);
                if (question == null) {
                    wrong.add(new BusinessException("answers." + given.getKey(), "INTERVIEW_UNKNOWN_QUESTION", given.getKey()));
                    continue;
                }
                try {
                    String kept = question.normalise(given.getValue());
                    if (kept == null) {
                        em.createNativeQuery("DELETE FROM interview_answer WHERE entry_id = ?1 AND code = ?2")
                                .setParameter(1, entryId).setParameter(2, question.code()).executeUpdate();
                    } else {
                        em.createNativeQuery(UPSERT).setParameter(1, entryId).setParameter(2, question.code())
                                .setParameter(3, campaignId).setParameter(4, partyId).setParameter(5, kept)
                                .setParameter(6, me).executeUpdate();
                    }
                } catch (BusinessException e) {
                    wrong.add(e);
                }
            }
            if (!wrong.isEmpty()) {
                throw wrong.size() == 1 ? wrong.get(0) : new it.callcenter.ValidationException(wrong);
            }
        }
        return of(entryId);
    }

    private Object[] heldBy(long entryId, String me) {
        Object[] row = Rows.of(em.createNativeQuery("SELECT campaign_id, party_id, state, held_by FROM campaign_entry"
                        + " WHERE id = ?1 FOR UPDATE").setParameter(1, entryId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("entry " + entryId));
        if (!"HELD".equals(row[2]) || !me.equals(row[3])) {
            throw new EntryNotHeldException(entryId);
        }
        return row;
    }
}
