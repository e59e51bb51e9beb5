package it.callcenter.telephony;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The PBX's words for how a dial or an originate ended, and how the call log says it. */
class CallDispositionTest {

    @Test
    void theCustomersDial() {
        assertEquals(CallDisposition.BUSY, CallDisposition.ofCustomerDial("BUSY"));
        assertEquals(CallDisposition.NO_ANSWER, CallDisposition.ofCustomerDial("NOANSWER"));
        assertEquals(CallDisposition.CONGESTION, CallDisposition.ofCustomerDial("CONGESTION"));
        assertEquals(CallDisposition.CONGESTION, CallDisposition.ofCustomerDial("CHANUNAVAIL"));
        assertNull(CallDisposition.ofCustomerDial("ANSWER"), "an answer moves the state, not the disposition");
        assertNull(CallDisposition.ofCustomerDial("CANCEL"), "cancelled or abandoned: depends on who called");
    }

    @Test
    void theOperatorsOwnLegOfAnOriginate() {
        assertNull(CallDisposition.ofOperatorDial("ANSWER"));
        assertEquals(CallDisposition.OPERATOR_BUSY, CallDisposition.ofOperatorDial("BUSY"));
        assertEquals(CallDisposition.OPERATOR_NO_ANSWER, CallDisposition.ofOperatorDial("NOANSWER"));
        assertEquals(CallDisposition.OPERATOR_UNAVAILABLE, CallDisposition.ofOperatorDial("CHANUNAVAIL"));
    }

    @Test
    void aFailedOriginatesReason() {
        assertEquals(CallDisposition.OPERATOR_BUSY, CallDisposition.ofOriginateFailure(5));
        assertEquals(CallDisposition.OPERATOR_NO_ANSWER, CallDisposition.ofOriginateFailure(3));
        assertEquals(CallDisposition.FAILED, CallDisposition.ofOriginateFailure(0));
    }

    @Test
    void onlyHungUpAndFailedAreFinal() {
        assertEquals(java.util.List.of(CallState.HUNG_UP, CallState.FAILED),
                java.util.Arrays.stream(CallState.values()).filter(CallState::isFinal).toList());
    }
}
