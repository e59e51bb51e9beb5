package it.callcenter.messaging.mail;

import it.callcenter.messaging.MailSender;
import it.callcenter.messaging.MessagingConfiguration;
import it.callcenter.messaging.OutgoingMail;
import it.callcenter.messaging.SendFailure;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails through WildFly's mail session: one SMTP connection a batch, a plain-text UTF-8 message each, from
 * {@code callcenter.mail.from}; a marketing one carries {@code List-Unsubscribe} (its link) and
 * {@code List-Unsubscribe-Post} (RFC 8058: the mail client's one-click unsubscribe posts to the same link). With
 * {@code callcenter.mail.username} set the connection authenticates with it and {@code callcenter.mail.password}.
 * The relay refusing a recipient (a 5xx reply) fails that e-mail; anything else is tried again later.
 *
 * <p>With {@code callcenter.mail.bounce-address} set ({@code bounces@bounces.example}), each e-mail's envelope sender
 * (its Return-Path, where delivery reports go) is that address tagged with the message's id,
 * {@code bounces+<id>@bounces.example} (VERP), so that {@link BounceMailboxReader} knows which message a report is
 * about. The envelope sender is set per e-mail on a session of the batch's own (a copy of the mail session's
 * properties), never on the shared mail session.
 */
@ApplicationScoped
public class JakartaMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(JakartaMailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/CallCenter")
    private Session session;

    @Inject
    private MessagingConfiguration configuration;

    @Override
    public Batch open() throws SendFailure {
        try {
            Session own = null;
            Transport transport = null;
            if (verpBase() != null) {
                try {
                    own = Session.getInstance((Properties) session.getProperties().clone());
                    transport = own.getTransport("smtp");
                } catch (NoSuchProviderException e) {
                    LOG.log(Level.WARNING, "No SMTP provider for a session of the batch's own: e-mails go without their"
                            + " VERP envelope sender (bounces are found by their Message-ID)", e);
                    own = null;
                }
            }
            if (transport == null) {
                transport = session.getTransport("smtp");
            }
            String user = System.getProperty("callcenter.mail.username");
            if (user != null && !user.isBlank()) {
                transport.connect(user, System.getProperty("callcenter.mail.password", ""));
            } else {
                transport.connect();
            }
            return new SmtpBatch(own == null ? session : own, own != null, transport);
        } catch (MessagingException e) {
            throw new SendFailure("SMTP " + e.getMessage(), false, e);
        }
    }

    /** The bounce address set, or null. */
    private static String verpBase() {
        String address = System.getProperty("callcenter.mail.bounce-address");
        return address == null || address.isBlank() || address.indexOf('@') < 1 ? null : address.strip();
    }

    /** {@code local+<id>@domain} of the bounce address, or null when none is set. */
    static String verp(long messageId) {
        String base = verpBase();
        if (base == null) {
            return null;
        }
        int at = base.indexOf('@');
        return base.substring(0, at) + "+" + messageId + base.substring(at);
    }

    private final class SmtpBatch implements Batch {

        private final Session own;
        private final boolean envelopes;
        private final Transport transport;

        SmtpBatch(Session own, boolean envelopes, Transport transport) {
            this.own = own;
            this.envelopes = envelopes;
            this.transport = transport;
        }

        @Override
        public String send(OutgoingMail mail) throws SendFailure {
            MimeMessage message = new MimeMessage(own);
            Address to;
            try {
                to = new InternetAddress(mail.to(), true);
            } catch (AddressException e) {
                throw new SendFailure("INVALID_ADDRESS " + mail.to(), true, e);
            }
            try {
                message.setFrom(new InternetAddress(configuration.settings().mailFrom()));
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject(mail.subject(), "UTF-8");
                message.setText(mail.body(), "UTF-8");
                message.setSentDate(new Date());
                if (mail.unsubscribeUrl() != null) {
                    message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
                String bounces = verp(mail.messageId());
                if (bounces != null && envelopes) {
                    own.getProperties().setProperty("mail.smtp.from", bounces);
                }
                message.saveChanges();
                if (!transport.isConnected()) {
                    transport.connect();
                }
                transport.sendMessage(message, new Address[]{to});
                return message.getMessageID();
            } catch (SendFailedException e) {
                boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
                throw new SendFailure("SMTP " + e.getMessage(), refused, e);
            } catch (MessagingException e) {
                throw new SendFailure("SMTP " + e.getMessage(), false, e);
            }
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the batch is over; a connection that does not close cleanly is dropped
            }
        }
    }
}
