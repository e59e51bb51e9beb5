package it.callcenter.telephony;

/**
 * Where a call is (API.md): DIALING while the operator's phone rings, RINGING while the customer's does, ANSWERED
 * while they talk; HUNG_UP once it ended after the customer was dialled (how: {@link CallDisposition}), FAILED when
 * the customer was never dialled. A call only moves forward.
 */
public enum CallState {
    DIALING, RINGING, ANSWERED, HUNG_UP, FAILED;

    public boolean isFinal() {
        return this == HUNG_UP || this == FAILED;
    }
}
