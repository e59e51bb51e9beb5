package it.callcenter.messaging;

/**
 * An e-mail as the relay takes it: plain text; a marketing one names its unsubscribe link for the mail client too.
 * {@code messageId} is the message's own id, which its envelope sender carries (VERP) for its bounces to find it.
 */
public record OutgoingMail(long messageId, String to, String subject, String body, String unsubscribeUrl) {
}
