package it.callcenter.messaging;

import it.callcenter.registry.PhoneNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;

/**
 * What the SMS centre sends back, stored before the centre is answered (so that a receipt or a reply the centre saw
 * acknowledged is never lost), each in a transaction of its own: a delivery receipt waits in {@code message_receipt}
 * for {@link ReceiptsJob}; a phone's reply is kept, and a STOP withdraws that number's consents ({@link OptOuts}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GatewayInbox {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OptOuts optOuts;

    /** A final receipt: {@code delivered}, or not with the centre's status ({@code UNDELIV}, {@code EXPIRED} …) and error. */
    public void receipt(String gatewayId, boolean delivered, String status, String error) {
        em.createNativeQuery("INSERT INTO message_receipt (gateway_id, delivered, status, error) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (gateway_id) DO NOTHING")
                .setParameter(1, gatewayId).setParameter(2, delivered).setParameter(3, cut(status, 10))
                .setParameter(4, cut(error, 10)).executeUpdate();
    }

    /**
     * A delivery report on an e-mail, found by its id (VERP) or else its Message-ID: a failure fails the message when it
     * is SENT, with the report's status and diagnostic as the reason; a delay leaves it SENT (it may still arrive). A
     * message not written as sent yet (the report came back before the sender wrote its batch) makes the report wait.
     */
    public Bounce.Outcome bounce(Bounce bounce) {
        long id = bounce.messageId() == null ? -1 : bounce.messageId();
        String mailId = bounce.mailMessageId() == null ? "" : bounce.mailMessageId();
        if (bounce.failed()) {
            int updated = em.createNativeQuery("UPDATE message SET state = 'FAILED', failure = ?, done_at = now()"
                            + " WHERE channel = 'EMAIL' AND state = 'SENT' AND (id = ? OR gateway_id = ?)")
                    .setParameter(1, cut(bounce.reason(), 200)).setParameter(2, id).setParameter(3, mailId).executeUpdate();
            if (updated > 0) {
                return Bounce.Outcome.FAILED;
            }
        }
        boolean notYetSent = !em.createNativeQuery("SELECT 1 FROM message WHERE channel = 'EMAIL'"
                        + " AND state IN ('QUEUED', 'SENDING') AND attempts > 0 AND (id = ? OR gateway_id = ?)")
                .setParameter(1, id).setParameter(2, mailId).getResultList().isEmpty();
        return notYetSent && bounce.failed() ? Bounce.Outcome.NOT_YET_SENT : Bounce.Outcome.NOTED;
    }

    /** A phone's message to the application's sender; answers whether it was a STOP. */
    public boolean reply(String from, String to, String text) {
        String sender = PhoneNumber.searchKey(from);
        String number = sender != null ? sender : cut(from, 20);
        boolean stop = isStop(text);
        em.createNativeQuery("INSERT INTO message_inbound (id, sender, recipient, text, stop)"
                        + " VALUES (nextval('message_event_seq'), ?, ?, ?, ?)")
                .setParameter(1, number).setParameter(2, cut(to, 21)).setParameter(3, cut(text == null ? "" : text, 1000))
                .setParameter(4, stop).executeUpdate();
        if (stop && sender != null) {
            optOuts.stop(sender);
        }
        return stop;
    }

    /** STOP as the first word, in any case, with any punctuation around it. */
    static boolean isStop(String text) {
        if (text == null) {
            return false;
        }
        String[] words = text.strip().toUpperCase(Locale.ROOT).split("[^A-Z0-9]+");
        for (String word : words) {
            if (!word.isEmpty()) {
                return word.equals("STOP");
            }
        }
        return false;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
