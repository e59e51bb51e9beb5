package it.callcenter.messaging;

import it.callcenter.platform.BackgroundJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Reads the bounce mailbox ({@link BounceMailbox}) and applies each delivery report to its e-mail
 * ({@link GatewayInbox#bounce}, a transaction of its own, committed before the report leaves the mailbox): a permanent
 * failure fails the message with the remote server's reason, a delay leaves it sent. A job claimed in the database, so
 * one node reads the mailbox at a time; every {@code callcenter.mail.bounce-seconds} (60 by default). Without
 * {@code callcenter.mail.bounce-host} it does nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BouncesJob implements BackgroundJob {

    @Inject
    private BounceMailbox mailbox;

    @EJB
    private GatewayInbox inbox;

    @Override
    public String name() {
        return "messaging.bounces";
    }

    @Override
    public int intervalSeconds() {
        String seconds = System.getProperty("callcenter.mail.bounce-seconds");
        return seconds == null || seconds.isBlank() ? 60 : Math.max(1, Integer.parseInt(seconds.strip()));
    }

    @Override
    public String run() {
        if (!mailbox.configured()) {
            return "no bounce mailbox";
        }
        return mailbox.drain(inbox::bounce);
    }
}
