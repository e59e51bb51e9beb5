package it.callcenter.messaging;

/**
 * Where a message is: QUEUED waiting for its sender (again after a failure that may pass, at its next due time),
 * SENDING taken by a sender, SENT accepted by the gateway (an e-mail stays here: SMTP reports no delivery), DELIVERED
 * (the SMS centre's receipt), FAILED with its reason (refused, undeliverable, expired, or out of attempts).
 */
public enum MessageState {
    QUEUED, SENDING, SENT, DELIVERED, FAILED
}
