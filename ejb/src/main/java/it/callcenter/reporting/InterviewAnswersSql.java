package it.callcenter.reporting;

import it.callcenter.platform.Rows;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's interview answers counted per question and answer (interview_answer_campaign_idx), in the
 * questionnaire's order and, within a question, the most given first; each answer's share of its question's answers.
 * The period is when the answer was last given. Questions since removed from the questionnaire are left out.
 */
final class InterviewAnswersSql {

    static final String COUNTS = "SELECT q.text, q.type, a.answer, count(*), sum(count(*)) OVER (PARTITION BY q.position)"
            + " FROM interview_answer a JOIN interview_question q ON q.campaign_id = a.campaign_id AND q.code = a.code"
            + " WHERE a.campaign_id = ?1 AND a.answered_at >= ?2 AND a.answered_at < ?3"
            + " GROUP BY q.position, q.text, q.type, a.answer ORDER BY q.position, 4 DESC, a.answer LIMIT ?4";
    static final String INTERVIEWED = "SELECT count(DISTINCT entry_id) FROM interview_answer"
            + " WHERE campaign_id = ?1 AND answered_at >= ?2 AND answered_at < ?3";

    private InterviewAnswersSql() {
    }

    static List<Map<String, Object>> read(EntityManager em, long campaign, ReportPeriod period, int limit, ReportWording wording) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery(COUNTS).setParameter(1, campaign).setParameter(2, period.start())
                .setParameter(3, period.end()).setParameter(4, limit))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("question", r[0]);
            row.put("answer", "YES_NO".equals(r[1]) ? wording.text("report.interview." + r[2]) : r[2]);
            long count = Rows.number(r[3]);
            row.put("count", count);
            row.put("share", (double) count / Rows.number(r[4]));
            rows.add(row);
        }
        return rows;
    }

    static long interviewed(EntityManager em, long campaign, ReportPeriod period) {
        return Rows.number(em.createNativeQuery(INTERVIEWED).setParameter(1, campaign).setParameter(2, period.start())
                .setParameter(3, period.end()).getSingleResult());
    }
}
