package it.callcenter.messaging;

import it.callcenter.platform.Rows;
import it.callcenter.registry.Consent;
import it.callcenter.registry.ConsentWithdrawals;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A party's "no more": a STOP reply withdraws, from every party whose mobile it came from, the consents of the
 * marketing messages (promotions, birthday wishes, welcomes; the registry records each with source
 * {@value #SMS_STOP}); the unsubscribe link of an e-mail withdraws its address's e-mail consent. Each is also kept
 * as an opt-out of the party ({@code message_opt_out}), which its timeline shows. Service messages (reminders) need
 * no consent and still go. Runs in the caller's transaction.
 */
@Stateless
@PermitAll
public class OptOuts {

    public static final String SMS_STOP = "SMS_STOP";
    public static final String UNSUBSCRIBE = "UNSUBSCRIBE";
    /** Who the registry's history and audit name for a withdrawal by message. */
    static final String BY_SMS = "sms";
    static final String BY_EMAIL = "email";
    private static final Set<Consent> MESSAGE_CONSENTS = EnumSet.of(Consent.PROMOTIONS, Consent.BIRTHDAY, Consent.WELCOME);

    /** The address an unsubscribe link names, and whether its e-mail consent is still given somewhere. */
    public record UnsubscribeTarget(long messageId, String address, boolean consented) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ConsentWithdrawals withdrawals;

    @EJB
    private SigningKey signingKey;

    /** A STOP from {@code mobile} (E.164); answers the parties it came from. */
    public List<Long> stop(String mobile) {
        List<Long> parties = Rows.of(em.createNativeQuery("SELECT DISTINCT party_id FROM party_contact WHERE kind = 'MOBILE'"
                + " AND search_key = ? ORDER BY party_id").setParameter(1, mobile)).stream().map(r -> Rows.number(r[0])).toList();
        for (long partyId : parties) {
            Set<Consent> withdrawn = withdrawals.withdraw(partyId, MESSAGE_CONSENTS, SMS_STOP, BY_SMS, "STOP " + mobile);
            Long lastMessage = lastMessageTo(partyId, mobile);
            em.createNativeQuery("INSERT INTO message_opt_out (id, party_id, channel, address, source, message_id, withdrawn)"
                            + " VALUES (nextval('message_event_seq'), ?, 'SMS', ?, ?, CAST(? AS bigint), ?)")
                    .setParameter(1, partyId).setParameter(2, mobile).setParameter(3, SMS_STOP)
                    .setParameter(4, lastMessage)
                    .setParameter(5, withdrawn.isEmpty() ? "-" : withdrawn.stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(",")))
                    .executeUpdate();
        }
        return parties;
    }

    /** What a genuine unsubscribe token names; empty for a token that is not one, or whose message is gone. */
    public java.util.Optional<UnsubscribeTarget> target(String token) {
        OptionalLong messageId = UnsubscribeToken.verify(token, signingKey.key());
        if (messageId.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Object[]> rows = Rows.of(em.createNativeQuery("SELECT m.address, EXISTS (SELECT 1 FROM party_contact c"
                + " WHERE c.kind = 'EMAIL' AND c.search_key = lower(m.address) AND c.email_consent) FROM message m"
                + " WHERE m.id = ? AND m.channel = 'EMAIL'").setParameter(1, messageId.getAsLong()));
        return rows.stream().findFirst().map(r -> new UnsubscribeTarget(messageId.getAsLong(), (String) r[0],
                Boolean.TRUE.equals(r[1])));
    }

    /** Withdraws the e-mail consent of the address the token's message went to; empty for a token that is not one. */
    public java.util.Optional<UnsubscribeTarget> unsubscribe(String token) {
        java.util.Optional<UnsubscribeTarget> target = target(token);
        target.ifPresent(t -> {
            for (long partyId : withdrawals.withdrawEmail(t.address(), BY_EMAIL)) {
                em.createNativeQuery("INSERT INTO message_opt_out (id, party_id, channel, address, source, message_id,"
                                + " withdrawn) VALUES (nextval('message_event_seq'), ?, 'EMAIL', ?, ?, ?, 'EMAIL')")
                        .setParameter(1, partyId).setParameter(2, t.address()).setParameter(3, UNSUBSCRIBE)
                        .setParameter(4, t.messageId()).executeUpdate();
            }
        });
        return target.map(t -> new UnsubscribeTarget(t.messageId(), t.address(), false));
    }

    private Long lastMessageTo(long partyId, String mobile) {
        return Rows.of(em.createNativeQuery("SELECT id FROM message WHERE party_id = ? AND address = ? AND channel = 'SMS'"
                        + " AND sent_at IS NOT NULL ORDER BY sent_at DESC LIMIT 1").setParameter(1, partyId).setParameter(2, mobile))
                .stream().findFirst().map(r -> Rows.number(r[0])).orElse(null);
    }
}
