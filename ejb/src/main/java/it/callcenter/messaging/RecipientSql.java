package it.callcenter.messaging;

import it.callcenter.campaign.CriteriaSql;
import it.callcenter.campaign.FillCriteria;
import it.callcenter.compliance.CallPermission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who a message campaign reaches, as ONE set-based statement over the registry, its values bound. The {@code judged}
 * CTE holds every party the criteria select ({@link CriteriaSql}, the call campaigns' own), the address the message
 * would go to and the first reason it may not: {@code NO_ADDRESS} (no mobile for an SMS, no e-mail, or one that is not
 * an address), {@code DNC} (a marketing SMS to a number on the do-not-call list, internal or opposed in the register:
 * the compliance area's rule), {@code NO_CONSENT} (the purpose's consent, and for a marketing e-mail its address's).
 * The preview counts it by reason (with the lengths the segments need); the fill inserts the null-reason rows as
 * queued messages in the same statement that counts the others.
 *
 * <p>The address: an SMS goes to the party's first mobile (E.164, with its carrier); an e-mail to the first address
 * whose owner consented to e-mail, else the first address (then refused for marketing).
 */
final class RecipientSql {

    /** E.164: a plus, then 8 to 15 digits. */
    static final String MOBILE_PATTERN = "^\\+[1-9][0-9]{7,14}$";
    /** Something before and after one @, a dot in the domain, no spaces. */
    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private static final String SMS_ADDRESS = " LEFT JOIN LATERAL (SELECT c.search_key AS address, c.carrier,"
            + " true AS address_consent FROM party_contact c WHERE c.party_id = p.id AND c.kind = 'MOBILE'"
            + " ORDER BY c.position LIMIT 1) a ON true";
    private static final String EMAIL_ADDRESS = " LEFT JOIN LATERAL (SELECT c.value AS address, CAST(NULL AS varchar)"
            + " AS carrier, c.email_consent AS address_consent FROM party_contact c WHERE c.party_id = p.id"
            + " AND c.kind = 'EMAIL' ORDER BY c.email_consent DESC, c.position LIMIT 1) a ON true";
    /** The counts of the left out, by reason: noAddress, doNotCall, noConsent. */
    private static final String EXCLUDED = "coalesce(sum(n) FILTER (WHERE reason = 'NO_ADDRESS'), 0),"
            + " coalesce(sum(n) FILTER (WHERE reason = 'DNC'), 0), coalesce(sum(n) FILTER (WHERE reason = 'NO_CONSENT'), 0)";
    private static final String COUNTS = "coalesce(sum(n) FILTER (WHERE reason IS NULL), 0), " + EXCLUDED;

    private final String judged;
    private final List<Object> parameters;

    private RecipientSql(String judged, List<Object> parameters) {
        this.judged = judged;
        this.parameters = List.copyOf(parameters);
    }

    static RecipientSql of(Channel channel, Purpose purpose, FillCriteria criteria) {
        return of(channel, purpose, criteria, null, List.of());
    }

    /** As {@link #of(Channel, Purpose, FillCriteria)}, the parties also meeting {@code condition} over {@code party p}. */
    static RecipientSql of(Channel channel, Purpose purpose, FillCriteria criteria, String condition, List<Object> values) {
        CriteriaSql where = CriteriaSql.of(criteria);
        boolean sms = channel == Channel.SMS;
        String consent = purpose.consentSql() + (!sms && purpose.marketing() ? " AND a.address_consent" : "");
        String dnc = sms && purpose.marketing() ? CallPermission.onDoNotCall("a.address") : "false";
        List<Object> parameters = new ArrayList<>();
        parameters.add(sms ? MOBILE_PATTERN : EMAIL_PATTERN);
        parameters.addAll(where.parameters());
        parameters.addAll(values);
        String restriction = condition == null ? "" : (where.where().isEmpty() ? " WHERE " : " AND ") + "(" + condition + ")";
        String judged = "WITH judged AS (SELECT p.id AS party_id, a.address, a.carrier,"
                + " p.first_name, p.last_name, p.company_name, p.display_name, CASE"
                + " WHEN a.address IS NULL OR a.address !~ ? THEN 'NO_ADDRESS'"
                + " WHEN " + dnc + " THEN 'DNC'"
                + " WHEN NOT (" + consent + ") THEN 'NO_CONSENT'"
                + " END AS reason FROM party p" + (sms ? SMS_ADDRESS : EMAIL_ADDRESS) + where.where() + restriction + ")";
        return new RecipientSql(judged, parameters);
    }

    /**
     * One row a reason and length group: {@code reason, length, extension, gsm, count}; for the reachable ones (null
     * reason) {@code length} is the characters the template's placeholders add to a message, {@code extension} how
     * many of them are the alphabet's extension characters (two septets each), {@code gsm} whether all of them are
     * in the alphabet. What a placeholder puts in is {@link Placeholder#partySql()}.
     */
    String preview(Map<Placeholder, Integer> occurrences) {
        StringBuilder length = new StringBuilder("0");
        StringBuilder extension = new StringBuilder("0");
        StringBuilder gsm = new StringBuilder("true");
        occurrences.forEach((placeholder, times) -> {
            if (placeholder.ofAppointment()) {
                return;
            }
            String value = "coalesce(" + placeholder.partySql().replace("p.", "j.") + ", '')";
            length.append(" + ").append(times).append(" * char_length(").append(value).append(")");
            extension.append(" + ").append(times).append(" * (char_length(").append(value)
                    .append(") - char_length(translate(").append(value).append(", CAST(? AS text), '')))");
            gsm.append(" AND translate(").append(value).append(", CAST(? AS text), '') = ''");
        });
        return judged + " SELECT reason, length, extension, gsm, count(*) FROM (SELECT reason,"
                + " CASE WHEN reason IS NULL THEN " + length + " END AS length,"
                + " CASE WHEN reason IS NULL THEN " + extension + " END AS extension,"
                + " CASE WHEN reason IS NULL THEN " + gsm + " END AS gsm FROM judged j) x"
                + " GROUP BY reason, length, extension, gsm";
    }

    List<Object> previewParameters(Map<Placeholder, Integer> occurrences) {
        List<Object> all = new ArrayList<>(parameters);
        long used = occurrences.keySet().stream().filter(p -> !p.ofAppointment()).count();
        for (int i = 0; i < used; i++) {
            all.add(SmsText.EXTENSION);
        }
        for (int i = 0; i < used; i++) {
            all.add(SmsText.BASIC.replace("\u001b", "") + SmsText.EXTENSION);
        }
        return all;
    }

    /**
     * Inserts the reachable parties as QUEUED messages of the campaign (ON CONFLICT: nobody twice) and answers one row:
     * added, noAddress, doNotCall, noConsent.
     */
    String fill() {
        return judged + ", added AS (INSERT INTO message (id, campaign_id, party_id, channel, purpose, address, carrier,"
                + " state, due_at, created_at) SELECT nextval('message_seq'), ?, party_id, ?, ?, address, carrier, 'QUEUED',"
                + " now(), now() FROM judged WHERE reason IS NULL ORDER BY party_id"
                + " ON CONFLICT (campaign_id, party_id) DO NOTHING RETURNING 1),"
                + " counted AS (SELECT reason, count(*) AS n FROM judged GROUP BY reason)"
                + " SELECT (SELECT count(*) FROM added), " + EXCLUDED + " FROM counted";
    }

    List<Object> fillParameters(long campaignId, Channel channel, Purpose purpose) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(campaignId);
        all.add(channel.name());
        all.add(purpose.name());
        return all;
    }

    /**
     * Inserts the reachable parties as QUEUED messages of an automation under {@code key} (ON CONFLICT: never twice
     * to one party for one key) and answers one row: added, noAddress, doNotCall, noConsent.
     */
    String automation() {
        return judged + ", added AS (INSERT INTO message (id, automation, automation_key, party_id, channel, purpose, address,"
                + " carrier, state, due_at, created_at) SELECT nextval('message_seq'), ?, ?, party_id, ?, ?, address, carrier,"
                + " 'QUEUED', now(), now() FROM judged WHERE reason IS NULL ORDER BY party_id"
                + " ON CONFLICT (automation, party_id, automation_key) DO NOTHING RETURNING 1),"
                + " counted AS (SELECT reason, count(*) AS n FROM judged GROUP BY reason)"
                + " SELECT (SELECT count(*) FROM added), " + EXCLUDED + " FROM counted";
    }

    List<Object> automationParameters(AutomationKind kind, String key, Channel channel) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(kind.name());
        all.add(key);
        all.add(channel.name());
        all.add(kind.purpose().name());
        return all;
    }

    /** One row a reachable party: party_id, address, carrier, first_name, last_name, company_name, display_name. */
    String reachable() {
        return judged + " SELECT party_id, address, carrier, first_name, last_name, company_name, display_name FROM judged"
                + " WHERE reason IS NULL ORDER BY party_id";
    }

    /** One row: reachable, noAddress, doNotCall, noConsent. */
    String counts() {
        return judged + " SELECT " + COUNTS + " FROM (SELECT reason, count(*) AS n FROM judged GROUP BY reason) r";
    }

    List<Object> countParameters() {
        return parameters;
    }
}
