package it.callcenter.messaging;

/** The reason an SMS gateway gives when it only asks to slow down (SMPP's {@code ESME_RTHROTTLED}). */
final class SmsThrottled {

    static final String REASON = "ESME_RTHROTTLED";

    private SmsThrottled() {
    }

    static boolean is(SendFailure failure) {
        return !failure.permanent() && REASON.equals(failure.reason());
    }
}
