package it.callcenter.messaging;

import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages' rows about a party in the privacy export (section {@code messages}: each message with what it said,
 * the replies from the party's mobiles, the opt-outs) and their deletion at the party's erasure.
 */
@Stateless
public class MessageRecords implements PartyRecords {

    public record MessageRecord(long id, Long campaignId, String automation, String channel, String purpose,
                                String address, String state, String subject, String body, String failure,
                                Instant createdAt, Instant sentAt, Instant doneAt) {
    }

    public record ReplyRecord(String sender, String text, Instant receivedAt) {
    }

    public record OptOutRecord(String channel, String address, String source, String withdrawn, Instant at) {
    }

    private static final String REPLIES = "FROM message_inbound WHERE sender IN (SELECT search_key FROM party_contact"
            + " WHERE party_id = ?1 AND kind = 'MOBILE')";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "messages";
    }

    @Override
    public Object export(long partyId) {
        Map<String, Object> messages = new LinkedHashMap<>();
        messages.put("messages", rows("SELECT id, campaign_id, automation, channel, purpose, address, state, subject, body,"
                + " failure, created_at, sent_at, done_at FROM message WHERE party_id = ?1 ORDER BY created_at, id", partyId)
                .stream().map(r -> new MessageRecord(Rows.number(r[0]), Rows.numberOrNull(r[1]), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                        (String) r[9], Rows.instant(r[10]), Rows.instant(r[11]), Rows.instant(r[12]))).toList());
        messages.put("replies", rows("SELECT sender, text, received_at " + REPLIES + " ORDER BY received_at", partyId)
                .stream().map(r -> new ReplyRecord((String) r[0], (String) r[1], Rows.instant(r[2]))).toList());
        messages.put("optOuts", rows("SELECT channel, address, source, withdrawn, at FROM message_opt_out WHERE party_id = ?1"
                + " ORDER BY at, id", partyId).stream().map(r -> new OptOutRecord((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], Rows.instant(r[4]))).toList());
        return messages;
    }

    @Override
    public void erase(long partyId) {
        for (String delete : List.of("DELETE " + REPLIES, "DELETE FROM message_opt_out WHERE party_id = ?1",
                "DELETE FROM message WHERE party_id = ?1")) {
            em.createNativeQuery(delete).setParameter(1, partyId).executeUpdate();
        }
    }

    private List<Object[]> rows(String sql, long partyId) {
        return Rows.of(em.createNativeQuery(sql).setParameter(1, partyId));
    }
}
