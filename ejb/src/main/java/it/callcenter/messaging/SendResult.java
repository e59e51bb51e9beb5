package it.callcenter.messaging;

/**
 * What became of a message a sender took: SENT with the gateway's id, FAILED with the reason, or QUEUED again for a
 * retry {@code delaySeconds} later ({@code attemptCounted} false when the gateway only asked to slow down).
 */
public record SendResult(long id, MessageState state, String gatewayId, String failure, String subject, String body,
                  Integer segments, int delaySeconds, boolean attemptCounted) {

    static SendResult sent(OutgoingMessage m, String gatewayId, String subject, String body, Integer segments) {
        return new SendResult(m.id(), MessageState.SENT, gatewayId, null, subject, body, segments, 0, true);
    }

    static SendResult failed(OutgoingMessage m, String reason, String subject, String body, Integer segments) {
        return new SendResult(m.id(), MessageState.FAILED, null, reason, subject, body, segments, 0, true);
    }

    static SendResult retry(OutgoingMessage m, String reason, int delaySeconds, boolean attemptCounted) {
        return new SendResult(m.id(), MessageState.QUEUED, null, reason, null, null, null, delaySeconds, attemptCounted);
    }
}
