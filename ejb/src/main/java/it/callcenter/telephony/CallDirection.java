package it.callcenter.telephony;

/** Who called: the operator (click-to-dial) or the customer (a call ringing the operator's phone). */
public enum CallDirection {
    OUTBOUND, INBOUND
}
