package it.callcenter.reporting;

import it.callcenter.platform.Rows;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A campaign's progress in one statement: the entries by state (the campaign's entries read once), the attempts of
 * the period per outcome (entry_attempt_campaign_idx: campaign, outcome), the entries whose last outcome fell in the
 * period per outcome, all joined to the campaign's outcome definitions for their labels and order. One row per
 * outcome, or a single row of states when the campaign has no outcome at all.
 */
final class CampaignProgressSql {

    static final String SQL = "WITH states AS ("
            + " SELECT count(*) AS total, count(*) FILTER (WHERE state = 'OPEN') AS open,"
            + " count(*) FILTER (WHERE state = 'HELD') AS held, count(*) FILTER (WHERE state = 'CALLBACK') AS callback,"
            + " count(*) FILTER (WHERE state = 'DONE') AS done"
            + " FROM campaign_entry WHERE campaign_id = ?1),"
            + " attempts AS ("
            + " SELECT outcome, count(*) AS attempts, count(*) FILTER (WHERE contact) AS contacts,"
            + " count(*) FILTER (WHERE success) AS successes"
            + " FROM entry_attempt WHERE campaign_id = ?1 AND recorded_at >= ?2 AND recorded_at < ?3 GROUP BY outcome),"
            + " entries AS ("
            + " SELECT last_outcome AS outcome, count(*) AS entries FROM campaign_entry"
            + " WHERE campaign_id = ?1 AND last_outcome IS NOT NULL AND last_attempt_at >= ?2 AND last_attempt_at < ?3"
            + " GROUP BY last_outcome),"
            + " figures AS ("
            + " SELECT coalesce(a.outcome, e.outcome) AS code, coalesce(e.entries, 0) AS entries,"
            + " coalesce(a.attempts, 0) AS attempts, coalesce(a.contacts, 0) AS contacts, coalesce(a.successes, 0) AS successes"
            + " FROM attempts a FULL JOIN entries e ON e.outcome = a.outcome),"
            + " outcomes AS ("
            + " SELECT coalesce(d.code, f.code) AS code, d.label_it, d.label_en, coalesce(d.position, 2147483647) AS position,"
            + " coalesce(f.entries, 0) AS entries, coalesce(f.attempts, 0) AS attempts,"
            + " coalesce(f.contacts, 0) AS contacts, coalesce(f.successes, 0) AS successes"
            + " FROM (SELECT code, label_it, label_en, position FROM outcome_definition WHERE campaign_id = ?1 AND active) d"
            + " FULL JOIN figures f ON f.code = d.code)"
            + " SELECT s.total, s.open, s.held, s.callback, s.done, o.code, o.label_it, o.label_en,"
            + " o.entries, o.attempts, o.contacts, o.successes"
            + " FROM states s LEFT JOIN outcomes o ON true ORDER BY o.position, o.code";

    private CampaignProgressSql() {
    }

    static CampaignProgress read(EntityManager em, long campaignId, String campaignName, ReportPeriod period, Locale locale) {
        List<Object[]> rows = Rows.of(em.createNativeQuery(SQL).setParameter(1, campaignId)
                .setParameter(2, period.start()).setParameter(3, period.end()));
        Object[] first = rows.get(0);
        boolean english = "en".equals(locale.getLanguage());
        List<OutcomeFigures> outcomes = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[5] == null) {
                continue;
            }
            String code = (String) row[5];
            String label = (String) (english ? row[7] : row[6]);
            outcomes.add(new OutcomeFigures(code, label == null ? code : label, Rows.number(row[8]), Rows.number(row[9]),
                    Rows.number(row[10]), Rows.number(row[11])));
        }
        return new CampaignProgress(campaignId, campaignName, Rows.number(first[0]), Rows.number(first[1]),
                Rows.number(first[2]), Rows.number(first[3]), Rows.number(first[4]), outcomes);
    }
}
