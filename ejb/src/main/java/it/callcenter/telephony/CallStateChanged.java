package it.callcenter.telephony;

/**
 * A call moved to a new state. Fired as a CDI event in the transaction that wrote it, once whichever node or thread
 * applied the PBX's event; the workstation's push channel and the supervisor's board observe it after the transaction
 * succeeded ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}).
 */
public record CallStateChanged(long callId, String operator, CallDirection direction, CallState state,
                               CallDisposition disposition, Long partyId, Long entryId, String number) {
}
