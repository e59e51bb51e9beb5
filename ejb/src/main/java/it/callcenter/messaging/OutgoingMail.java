package it.callcenter.messaging;

/** An e-mail as the relay takes it: plain text; a marketing one names its unsubscribe link for the mail client too. */
public record OutgoingMail(String to, String subject, String body, String unsubscribeUrl) {
}
