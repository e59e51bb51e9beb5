package it.callcenter.messaging;

import it.callcenter.platform.BackgroundJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Starts this node's e-mail sender when e-mails are due ({@link Senders}); the claim keeps it to one node at a time. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailSending implements BackgroundJob {

    static final String NAME = "messaging.email-sending";

    @EJB
    private Senders senders;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int intervalSeconds() {
        return 3;
    }

    @Override
    public String run() {
        return senders.start(Channel.EMAIL, NAME);
    }
}
