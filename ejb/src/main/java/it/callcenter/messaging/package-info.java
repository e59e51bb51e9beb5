/**
 * Messages (issue 16): SMS and e-mail campaigns filled from the registry with the call campaigns' criteria
 * ({@code campaign.CriteriaSql}) and each message type's consent, templates with placeholders, the daily automations
 * (birthday, welcome, appointment reminder), and the sending: background jobs claimed in the database take the queued
 * messages a batch at a time ({@code FOR UPDATE SKIP LOCKED}), at the gateway's rate, with retries.
 *
 * <p>Two ports to the outside, each with one adapter: {@link it.callcenter.messaging.SmsGateway} (SMPP through jsmpp,
 * {@code messaging.smpp}) and {@link it.callcenter.messaging.MailSender} (WildFly's mail session through Jakarta Mail,
 * {@code messaging.mail}). What comes back — delivery receipts, a STOP reply, the unsubscribe link of an e-mail —
 * updates the messages and withdraws consents through the registry, with their history.
 */
package it.callcenter.messaging;
