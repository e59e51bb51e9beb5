package it.callcenter.messaging;

/**
 * A message the gateway did not take. {@code permanent}: it never will (an unknown number, an address refused), the
 * message fails; otherwise (the gateway down, busy, throttling) it is tried again later while attempts remain.
 * {@code reason} is short and technical, kept on the message ({@code ESME_RINVDSTADR}, {@code 550 5.1.1 …}).
 */
public class SendFailure extends Exception {

    private final boolean permanent;

    public SendFailure(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public SendFailure(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }

    public String reason() {
        String reason = getMessage() == null ? "UNKNOWN" : getMessage();
        return reason.length() > 200 ? reason.substring(0, 200) : reason;
    }
}
