package it.callcenter.messaging.mail;

import it.callcenter.messaging.Bounce;
import it.callcenter.messaging.BounceMailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounce mailbox over IMAP or POP3 through WildFly's mail session (its {@code imap} and {@code pop3} servers point
 * at {@code callcenter.mail.bounce-host}/{@code -port}, see configure.cli), logged in as
 * {@code callcenter.mail.bounce-username} with {@code callcenter.mail.bounce-password}; the protocol is
 * {@code callcenter.mail.bounce-protocol} ({@code imap} by default, or {@code pop3}). A report applied (or one of a
 * message that is not ours any more) is deleted; one whose message is not written as sent yet stays for the next run;
 * one that cannot be read is marked seen (IMAP) and left, logged once, and the next ones are still read. With IMAP only
 * the unseen mails are read.
 */
@ApplicationScoped
public class BounceMailboxReader implements BounceMailbox {

    private static final Logger LOG = Logger.getLogger(BounceMailboxReader.class.getName());
    private static final int MAX_A_RUN = 500;

    @Resource(lookup = "java:jboss/mail/CallCenter")
    private Session session;

    @Override
    public boolean configured() {
        String host = System.getProperty("callcenter.mail.bounce-host");
        return host != null && !host.isBlank();
    }

    @Override
    public String drain(Function<Bounce, Bounce.Outcome> apply) {
        String protocol = System.getProperty("callcenter.mail.bounce-protocol", "imap").strip().toLowerCase(Locale.ROOT);
        boolean imap = protocol.startsWith("imap");
        String bounceAddress = System.getProperty("callcenter.mail.bounce-address");
        int failed = 0;
        int noted = 0;
        int waiting = 0;
        int unreadable = 0;
        try (Store store = session.getStore(imap ? "imap" : "pop3")) {
            store.connect(System.getProperty("callcenter.mail.bounce-username"),
                    System.getProperty("callcenter.mail.bounce-password", ""));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            boolean expunge = false;
            try {
                Message[] messages = inbox.getMessages();
                int read = 0;
                for (Message message : messages) {
                    if (read >= MAX_A_RUN) {
                        break;
                    }
                    if (message.isExpunged() || message.isSet(Flags.Flag.DELETED) || imap && message.isSet(Flags.Flag.SEEN)) {
                        continue;
                    }
                    read++;
                    Bounce bounce;
                    try {
                        bounce = DeliveryReport.read(message, bounceAddress);
                    } catch (DeliveryReport.Unreadable | IOException | MessagingException | RuntimeException e) {
                        unreadable++;
                        String subject = subject(message);
                        LOG.log(Level.WARNING, "A mail in the bounce mailbox is not a delivery report that can be applied ("
                                + e.getMessage() + "); left in the mailbox: " + subject);
                        if (imap) {
                            message.setFlag(Flags.Flag.SEEN, true);
                        }
                        continue;
                    }
                    Bounce.Outcome outcome = apply.apply(bounce);
                    switch (outcome) {
                        case FAILED -> failed++;
                        case NOTED -> noted++;
                        case NOT_YET_SENT -> waiting++;
                    }
                    if (outcome != Bounce.Outcome.NOT_YET_SENT) {
                        message.setFlag(Flags.Flag.DELETED, true);
                        expunge = true;
                    } else if (imap) {
                        message.setFlag(Flags.Flag.SEEN, false);
                    }
                }
            } finally {
                inbox.close(expunge);
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The bounce mailbox cannot be read now; trying again at the next run", e);
            return "bounce mailbox unavailable: " + e.getMessage();
        }
        return failed + " failed, " + noted + " delays or others noted, " + waiting + " waiting, " + unreadable + " unreadable";
    }

    private static String subject(Message message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "(no subject)";
        }
    }
}
