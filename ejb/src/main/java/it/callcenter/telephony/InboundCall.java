package it.callcenter.telephony;

/**
 * A call rings an operator's phone: the workstation pops the card of {@code partyId} (the party whose phone matches
 * the caller id in E.164), or, when null, a quick-create form prefilled with {@code number}. Fired once, in the
 * transaction that made the INBOUND call; observe it after success, as {@link CallStateChanged}.
 */
public record InboundCall(long callId, String operator, String number, Long partyId) {
}
