package it.callcenter.messaging;

/**
 * A delivery status notification (RFC 3464) as read from the bounce mailbox: the message it reports on, found by the
 * VERP envelope address it came back to ({@code messageId}, null when absent) or by the Message-ID of the e-mail whose
 * headers it returns ({@code mailMessageId}, null when absent); {@code failed} for {@code Action: failed} with a 5.x.x
 * status (else a delay, 4.x.x, after which the e-mail may still arrive); {@code reason} the status and the remote
 * server's diagnostic, as kept on the message.
 */
public record Bounce(Long messageId, String mailMessageId, String recipient, boolean failed, String status, String reason) {

    /** What applying a bounce did: the message failed; nothing (a delay, or a message already final or unknown); or the
     * message is not written as sent yet, and the bounce waits for the next run. */
    public enum Outcome { FAILED, NOTED, NOT_YET_SENT }
}
