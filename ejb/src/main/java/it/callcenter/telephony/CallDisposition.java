package it.callcenter.telephony;

/**
 * How a call ended, what the operator's outcome is usually based on: the customer answered, was busy, did not answer,
 * the network was congested; the operator put the phone down before the answer (CANCELLED) or the caller did
 * (ABANDONED, inbound); the operator's own phone was busy, not answered or not reachable; the PBX refused the call
 * (FAILED); the connection to the PBX was lost meanwhile and the call was gone when it came back (LOST).
 */
public enum CallDisposition {
    ANSWERED, BUSY, NO_ANSWER, CONGESTION, CANCELLED, ABANDONED, OPERATOR_BUSY, OPERATOR_NO_ANSWER,
    OPERATOR_UNAVAILABLE, FAILED, LOST;

    /** A {@code DialEnd}'s {@code DialStatus} on the customer's leg; null for ANSWER and CANCEL (they depend on who). */
    static CallDisposition ofCustomerDial(String dialStatus) {
        return switch (dialStatus == null ? "" : dialStatus) {
            case "BUSY" -> BUSY;
            case "NOANSWER" -> NO_ANSWER;
            case "CONGESTION", "CHANUNAVAIL" -> CONGESTION;
            default -> null;
        };
    }

    /** A {@code DialEnd}'s {@code DialStatus} on the operator's own leg of an originate; null for ANSWER. */
    static CallDisposition ofOperatorDial(String dialStatus) {
        return switch (dialStatus == null ? "" : dialStatus) {
            case "ANSWER" -> null;
            case "BUSY" -> OPERATOR_BUSY;
            case "NOANSWER" -> OPERATOR_NO_ANSWER;
            case "CANCEL" -> CANCELLED;
            default -> OPERATOR_UNAVAILABLE;
        };
    }

    /**
     * A failed {@code OriginateResponse}'s {@code Reason} (Asterisk's control frame): 5 busy, 3 rang out, 1 hung up,
     * 8 congestion; anything else the channel could not be made.
     */
    static CallDisposition ofOriginateFailure(int reason) {
        return switch (reason) {
            case 5 -> OPERATOR_BUSY;
            case 3 -> OPERATOR_NO_ANSWER;
            case 1 -> CANCELLED;
            case 8 -> OPERATOR_UNAVAILABLE;
            default -> FAILED;
        };
    }
}
