package it.callcenter.campaign;

import it.callcenter.compliance.CallPermission;
import it.callcenter.compliance.RequiredConsent;

import java.util.ArrayList;
import java.util.List;

/**
 * Criteria and a campaign's rules as ONE set-based statement, values always as positional parameters (a list as one
 * array: {@code = ANY(?)}, so the statement's text is the same however many values are picked). Both the
 * preview and the fill read the same {@code judged} CTE: every party that matches the criteria, the phone it would
 * be called on (its callable phone: first MOBILE, else first PHONE, as E.164) and the first reason it is left out, or null. The
 * preview counts it by reason; the fill inserts its null-reason rows with {@code ON CONFLICT DO NOTHING},
 * so filling twice, or two supervisors filling at once, adds nobody twice, and counts the exclusions in the same
 * statement (a data-modifying CTE: one pass over the registry, one snapshot for the insert and its counts).
 */
final class FillSql {

    static final int RPO_VALID_DAYS = CallPermission.RPO_VALID_DAYS;

    /** A day of "not contacted since" starts at midnight in Italy, whatever the database's time zone. */
    static final String ZONE = "Europe/Rome";

    /** The exclusions' columns over {@link #BY_REASON}; each party's reason is computed once, by the GROUP BY. */
    private static final String EXCLUSIONS = "coalesce(sum(n) FILTER (WHERE reason = 'ALREADY'), 0),"
            + " coalesce(sum(n) FILTER (WHERE reason = 'NO_PHONE'), 0), coalesce(sum(n) FILTER (WHERE reason = 'DNC'), 0),"
            + " coalesce(sum(n) FILTER (WHERE reason = 'NO_CONSENT'), 0), coalesce(sum(n) FILTER (WHERE reason = 'NO_RPO'), 0)";
    private static final String BY_REASON = " FROM (SELECT reason, count(*) AS n FROM judged GROUP BY reason) r";

    private final String judged;
    private final List<Object> parameters;
    private final long campaignId;

    private FillSql(String judged, List<Object> parameters, long campaignId) {
        this.judged = judged;
        this.parameters = List.copyOf(parameters);
        this.campaignId = campaignId;
    }

    static FillSql of(long campaignId, FillCriteria criteria, RequiredConsent consent, boolean requiresRpoCheck) {
        CriteriaSql where = CriteriaSql.of(criteria);
        List<Object> parameters = new ArrayList<>();
        parameters.add(campaignId);
        parameters.addAll(where.parameters());
        // the compliance area's rule (do-not-call, consent, fresh RPO answer), the same dispatch applies at the moment
        // an entry is given out; the phone is the party's callable phone, kept on its row by the registry (V17), so
        // judging a party reads no other table for it
        CallPermission rule = new CallPermission(consent, requiresRpoCheck);
        String judged = "WITH judged AS (SELECT p.id AS party_id, p.callable_phone AS phone, CASE"
                + " WHEN e.party_id IS NOT NULL THEN 'ALREADY'"
                + " WHEN p.callable_phone IS NULL THEN 'NO_PHONE'"
                + rule.refusalBranches("p.callable_phone", "p", "r")
                + " END AS reason"
                + " FROM party p"
                + " LEFT JOIN campaign_entry e ON e.campaign_id = ? AND e.party_id = p.id"
                + rule.freshRpoJoin("p.callable_phone", "r")
                + where.where() + ")";
        return new FillSql(judged, parameters, campaignId);
    }

    /** One row: count, alreadyInCampaign, noPhone, doNotCall, noConsent, noRpoCheck. */
    String preview() {
        return judged + " SELECT coalesce(sum(n) FILTER (WHERE reason IS NULL), 0), " + EXCLUSIONS + BY_REASON;
    }

    List<Object> previewParameters() {
        return parameters;
    }

    /** One row as {@link #preview()}'s, whose first column is how many were really added. */
    String fill() {
        return fill(DispatchOrder.OLDEST_FIRST);
    }

    /** As {@link #fill()}, each new entry due now with its dispatch key in the campaign's order. */
    String fill(DispatchOrder order) {
        return judged + ", added AS (INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at, due_at,"
                + " dispatch_key) SELECT n.id, ?, n.party_id, n.phone, 'OPEN', now(), now(), " + order.keyOf("n.id")
                + " FROM (SELECT nextval('campaign_entry_seq') AS id, party_id, phone FROM judged"
                + " WHERE reason IS NULL ORDER BY party_id) n ON CONFLICT (campaign_id, party_id) DO NOTHING RETURNING 1)"
                + " SELECT (SELECT count(*) FROM added), " + EXCLUSIONS + BY_REASON;
    }

    List<Object> fillParameters() {
        List<Object> all = new ArrayList<>(parameters);
        all.add(campaignId);
        return List.copyOf(all);
    }

}
