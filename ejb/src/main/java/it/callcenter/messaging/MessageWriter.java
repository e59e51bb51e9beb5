package it.callcenter.messaging;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * A taken message made into what its gateway sends: its template (its campaign's or automation's) filled with the
 * party's values as they are now, in its language, with the opt-out line of a marketing message — the STOP reply of an
 * SMS, the signed unsubscribe link of an e-mail. A message written when it was made (a reminder) goes as it is.
 */
@ApplicationScoped
public class MessageWriter {

    /** An SMS's text, as it is encoded and billed. */
    public record Sms(SmsText text) {
    }

    @Inject
    private MessagingConfiguration configuration;

    @EJB
    private SigningKey signingKey;

    public Sms sms(OutgoingMessage message) {
        if (message.body() != null) {
            return new Sms(SmsText.of(message.body()));
        }
        MessageTemplate template = MessageTemplate.parse(message.template(), "template", true);
        return new Sms(SmsText.of(MessageTexts.smsBody(template, message.values(), message.purpose(), message.language())));
    }

    public OutgoingMail mail(OutgoingMessage message) {
        String link = message.purpose().marketing() ? unsubscribeUrl(message.id()) : null;
        String subject = message.subject() != null ? message.subject()
                : MessageTemplate.parse(message.subjectTemplate(), "subject", true).render(message.values());
        String body = message.body() != null ? message.body()
                : MessageTexts.mailBody(MessageTemplate.parse(message.template(), "template", true), message.values(),
                message.purpose(), message.language(), link);
        return new OutgoingMail(message.id(), message.address(), subject, body, link);
    }

    /** The page where the e-mail's reader withdraws the address's consent, without signing in. */
    public String unsubscribeUrl(long messageId) {
        return configuration.settings().publicUrl() + "/api/public/unsubscribe?token="
                + UnsubscribeToken.of(messageId, signingKey.key());
    }

    /** The values of a sample: for a preview on a real party. */
    static Map<Placeholder, String> values(String firstName, String lastName, String companyName, String displayName) {
        return new OutgoingMessage(0, 0, Channel.SMS, Purpose.SERVICE, "", 0, null, null, null, null, Language.it,
                firstName, lastName, companyName, displayName).values();
    }
}
