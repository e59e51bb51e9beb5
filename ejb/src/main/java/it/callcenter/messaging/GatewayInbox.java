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
