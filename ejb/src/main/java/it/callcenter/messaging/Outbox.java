package it.callcenter.messaging;

import it.callcenter.platform.Rows;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue of messages as the senders use it, each step a short transaction of its own: take a batch (ONE update
 * over the due messages of a channel, {@code FOR UPDATE SKIP LOCKED}, so two senders never take the same message),
 * write what became of it (ONE update from arrays), and close the campaigns with nothing left to send. Messages a sender
 * took and never wrote back (its node died) return to the queue after {@value #STALE_MINUTES} minutes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    static final int STALE_MINUTES = 10;

    @PersistenceContext
    private EntityManager em;

    /** Whether any message of the channel is due now. */
    public boolean anyDue(Channel channel) {
        return !em.createNativeQuery("SELECT 1 FROM message WHERE state = 'QUEUED' AND channel = ? AND due_at <= now() LIMIT 1")
                .setParameter(1, channel.name()).getResultList().isEmpty();
    }

    /** Takes up to {@code limit} due messages of the channel for {@code node}, oldest first; each attempt is counted. */
    public List<OutgoingMessage> claim(Channel channel, String node, int limit) {
        em.createNativeQuery("UPDATE message SET state = 'QUEUED', claimed_by = NULL, claimed_at = NULL"
                        + " WHERE state = 'SENDING' AND channel = ? AND claimed_at < now() - make_interval(mins => ?)")
                .setParameter(1, channel.name()).setParameter(2, STALE_MINUTES).executeUpdate();
        List<Object[]> taken = Rows.of(em.createNativeQuery("WITH picked AS (SELECT id FROM message WHERE state = 'QUEUED'"
                        + " AND channel = ? AND due_at <= now() ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " UPDATE message m SET state = 'SENDING', claimed_by = ?, claimed_at = now(), attempts = m.attempts + 1"
                        + " FROM picked WHERE m.id = picked.id RETURNING m.id")
                .setParameter(1, channel.name()).setParameter(2, limit).setParameter(3, node));
        if (taken.isEmpty()) {
            return List.of();
        }
        Long[] ids = taken.stream().map(r -> Rows.number(r[0])).sorted().toArray(Long[]::new);
        List<OutgoingMessage> batch = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT m.id, m.party_id, m.channel, m.purpose, m.address, m.attempts,"
                + " m.body, m.subject, coalesce(c.template, a.template), coalesce(c.subject, a.subject),"
                + " coalesce(c.language, a.language), p.first_name, p.last_name, p.company_name, p.display_name"
                + " FROM message m JOIN party p ON p.id = m.party_id"
                + " LEFT JOIN message_campaign c ON c.id = m.campaign_id LEFT JOIN message_automation a ON a.kind = m.automation"
                + " WHERE m.id = ANY(CAST(? AS bigint[])) ORDER BY m.due_at, m.id").setParameter(1, ids))) {
            batch.add(new OutgoingMessage(Rows.number(r[0]), Rows.number(r[1]), Channel.valueOf((String) r[2]),
                    Purpose.valueOf((String) r[3]), (String) r[4], ((Number) r[5]).intValue(), (String) r[6], (String) r[7],
                    (String) r[8], (String) r[9], r[10] == null ? Language.it : Language.valueOf(((String) r[10]).strip()),
                    (String) r[11], (String) r[12], (String) r[13], (String) r[14]));
        }
        return batch;
    }

    /**
     * Writes what became of a batch in one statement; a retry out of attempts fails instead. Then closes the
     * campaigns of the batch that have nothing left to send.
     */
    public void record(List<SendResult> results, int maxAttempts) {
        if (results.isEmpty()) {
            return;
        }
        int n = results.size();
        Long[] ids = new Long[n];
        String[] states = new String[n];
        String[] gatewayIds = new String[n];
        String[] failures = new String[n];
        String[] subjects = new String[n];
        String[] bodies = new String[n];
        Integer[] segments = new Integer[n];
        Integer[] delays = new Integer[n];
        Integer[] refunds = new Integer[n];
        for (int i = 0; i < n; i++) {
            SendResult r = results.get(i);
            ids[i] = r.id();
            states[i] = r.state().name();
            gatewayIds[i] = r.gatewayId();
            failures[i] = r.failure();
            subjects[i] = r.subject();
            bodies[i] = r.body();
            segments[i] = r.segments();
            delays[i] = r.delaySeconds();
            refunds[i] = r.attemptCounted() ? 0 : 1;
        }
        em.createNativeQuery("UPDATE message m SET"
                        + " state = CASE WHEN x.state = 'QUEUED' AND m.attempts - x.refund >= ? THEN 'FAILED' ELSE x.state END,"
                        + " attempts = m.attempts - x.refund, gateway_id = x.gateway_id, failure = x.failure,"
                        + " subject = coalesce(x.subject, m.subject), body = coalesce(x.body, m.body),"
                        + " segments = coalesce(x.segments, m.segments),"
                        + " sent_at = CASE WHEN x.state = 'SENT' THEN now() ELSE m.sent_at END,"
                        + " done_at = CASE WHEN x.state = 'FAILED' OR (x.state = 'QUEUED' AND m.attempts - x.refund >= ?)"
                        + " THEN now() END,"
                        + " due_at = CASE WHEN x.state = 'QUEUED' THEN now() + make_interval(secs => x.delay) ELSE m.due_at END,"
                        + " claimed_by = NULL, claimed_at = NULL"
                        + " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
                        + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int[]), CAST(? AS int[]), CAST(? AS int[]))"
                        + " AS x(id, state, gateway_id, failure, subject, body, segments, delay, refund)"
                        + " WHERE m.id = x.id AND m.state = 'SENDING'")
                .setParameter(1, maxAttempts).setParameter(2, maxAttempts).setParameter(3, ids).setParameter(4, states)
                .setParameter(5, gatewayIds).setParameter(6, failures).setParameter(7, subjects).setParameter(8, bodies)
                .setParameter(9, segments).setParameter(10, delays).setParameter(11, refunds).executeUpdate();
        closeFinishedCampaigns(ids);
    }

    /**
     * Every SENDING campaign with no message queued or being sent: DONE, in the caller's transaction (the receipts
     * job's run: a transaction of its own inside the job's left the pool a connection it did not know, IJ000152).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void closeAllFinishedCampaigns() {
        closeFinishedCampaigns(null);
    }

    /** The SENDING campaigns (of these messages, or all when null) with no message queued or being sent: DONE. */
    public void closeFinishedCampaigns(Long[] messageIds) {
        String scope = messageIds == null ? ""
                : " AND c.id IN (SELECT campaign_id FROM message WHERE id = ANY(CAST(? AS bigint[])))";
        var update = em.createNativeQuery("UPDATE message_campaign c SET state = 'DONE', done_at = now(), version = version + 1"
                + " WHERE c.state = 'SENDING'" + scope + " AND NOT EXISTS (SELECT 1 FROM message m WHERE m.campaign_id = c.id"
                + " AND m.state IN ('QUEUED', 'SENDING'))");
        if (messageIds != null) {
            update.setParameter(1, messageIds);
        }
        update.executeUpdate();
    }

    /** The messages by state of a campaign (a read: in the caller's transaction, if any). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<MessageState, Long> countByState(long campaignId) {
        Map<MessageState, Long> counts = new HashMap<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT state, count(*) FROM message WHERE campaign_id = ?"
                + " GROUP BY state").setParameter(1, campaignId))) {
            counts.put(MessageState.valueOf((String) r[0]), Rows.number(r[1]));
        }
        return counts;
    }
}
