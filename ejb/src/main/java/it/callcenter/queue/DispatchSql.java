package it.callcenter.queue;

import it.callcenter.compliance.CallPermission;

import java.util.ArrayList;
import java.util.List;

/**
 * "Next customer" as ONE statement that picks and leases. For each of the operator's campaigns that may call now,
 * in the order given, four tiers are asked in turn: the operator's own due callbacks, anyone's due callbacks, the
 * open entries dealt to the operator (SPLIT), the shared pool (SHARED campaigns only). Each tier is an index probe
 * {@code ORDER BY … LIMIT 1 FOR UPDATE SKIP LOCKED} with the campaign's compliance rule in its WHERE, so an entry
 * locked by another operator's pick is skipped, never waited for nor given twice; the tiers are UNION ALL under a
 * LIMIT 1, which PostgreSQL runs one after the other and stops at the first that answers (the later
 * tiers are never executed, see BENCHMARKS.md).
 */
final class DispatchSql {

    /** A campaign the operator may get entries of now, with its rule and whether the operator draws from its pool. */
    record Eligible(long campaignId, CallPermission permission, boolean shared) {
    }

    private final String sql;
    private final List<Object> parameters;

    private DispatchSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
    }

    static DispatchSql of(String operator, List<Eligible> campaigns) {
        List<String> tiers = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Eligible c : campaigns) {
            tiers.add(tier(c, "e.state = 'CALLBACK' AND e.callback_for = ?", "e.due_at, e.id"));
            parameters.add(operator);
            parameters.add(c.campaignId());
        }
        for (Eligible c : campaigns) {
            tiers.add(tier(c, "e.state = 'CALLBACK' AND e.callback_for IS NULL", "e.due_at, e.id"));
            parameters.add(c.campaignId());
        }
        for (Eligible c : campaigns) {
            tiers.add(tier(c, "e.state = 'OPEN' AND e.assigned_to = ?", "e.priority, e.due_at, e.dispatch_key"));
            parameters.add(operator);
            parameters.add(c.campaignId());
            if (c.shared()) {
                tiers.add(tier(c, "e.state = 'OPEN' AND e.assigned_to IS NULL", "e.priority, e.due_at, e.dispatch_key"));
                parameters.add(c.campaignId());
            }
        }
        String sql = "WITH pick AS (SELECT id FROM (" + String.join(" UNION ALL ", tiers) + ") t LIMIT 1)"
                + " UPDATE campaign_entry e SET state = 'HELD', held_by = ?, held_at = now(),"
                + " lease_until = now() + make_interval(secs => c.lease_seconds), version = e.version + 1"
                + " FROM pick, campaign c WHERE e.id = pick.id AND c.id = e.campaign_id"
                + " RETURNING e.id, e.campaign_id, e.party_id, e.phone, e.attempts, e.last_outcome, e.callback_shared_at IS NOT NULL,"
                + " e.lease_until";
        parameters.add(operator);
        return new DispatchSql(sql, parameters);
    }

    /** One tier of one campaign: the first due entry in its order that may be called now and nobody holds. */
    private static String tier(Eligible campaign, String which, String order) {
        CallPermission rule = campaign.permission();
        // wrapped once more: PostgreSQL refuses FOR UPDATE directly in a UNION's branch, not in its subquery
        return "(SELECT id FROM (SELECT e.id FROM campaign_entry e JOIN party p ON p.id = e.party_id"
                + rule.freshRpoJoin("e.phone", "r")
                + " WHERE " + which + " AND e.campaign_id = ? AND e.due_at <= now()"
                + " AND " + rule.callable("e.phone", "p", "r")
                + " ORDER BY " + order + " LIMIT 1 FOR UPDATE OF e SKIP LOCKED) tier)";
    }

    String sql() {
        return sql;
    }

    List<Object> parameters() {
        return parameters;
    }
}
