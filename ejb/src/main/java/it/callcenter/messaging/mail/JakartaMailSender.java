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
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;

/**
 * E-mails through WildFly's mail session: one SMTP connection a batch, a plain-text UTF-8 message each, from
 * {@code callcenter.mail.from}; a marketing one carries {@code List-Unsubscribe} (its link) and
 * {@code List-Unsubscribe-Post} (RFC 8058: the mail client's one-click unsubscribe posts to the same link). With
 * {@code callcenter.mail.username} set the connection authenticates with it and {@code callcenter.mail.password}.
 * The relay refusing a recipient (a 5xx reply) fails that e-mail; anything else is tried again later.
 */
@ApplicationScoped
public class JakartaMailSender implements MailSender {

    @Resource(lookup = "java:jboss/mail/CallCenter")
    private Session session;

    @Inject
    private MessagingConfiguration configuration;

    @Override
    public Batch open() throws SendFailure {
        try {
            Transport transport = session.getTransport("smtp");
            String user = System.getProperty("callcenter.mail.username");
            if (user != null && !user.isBlank()) {
                transport.connect(user, System.getProperty("callcenter.mail.password", ""));
            } else {
                transport.connect();
            }
            return new SmtpBatch(transport);
        } catch (MessagingException e) {
            throw new SendFailure("SMTP " + e.getMessage(), false, e);
        }
    }

    private final class SmtpBatch implements Batch {

        private final Transport transport;

        SmtpBatch(Transport transport) {
            this.transport = transport;
        }

        @Override
        public String send(OutgoingMail mail) throws SendFailure {
            MimeMessage message = new MimeMessage(session);
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
