package it.callcenter.messaging.smpp;

import java.util.Set;

/** A delivery receipt's state, as its text names it (SMPP 3.4 appendix B) or as the {@code message_state} TLV codes it. */
final class ReceiptStatus {

    static final String DELIVERED = "DELIVRD";
    private static final Set<String> FINAL = Set.of(DELIVERED, "EXPIRED", "DELETED", "UNDELIV", "REJECTD", "UNKNOWN");
    private static final String[] BY_CODE = {null, "ENROUTE", DELIVERED, "EXPIRED", "DELETED", "UNDELIV", "ACCEPTD",
            "UNKNOWN", "REJECTD"};

    private ReceiptStatus() {
    }

    static String ofMessageState(byte code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Whether the message's fate is known (ENROUTE and ACCEPTD are not). */
    static boolean isFinal(String status) {
        return FINAL.contains(status);
    }
}
