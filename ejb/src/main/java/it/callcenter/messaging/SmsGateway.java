package it.callcenter.messaging;

/**
 * The SMS centre as the messaging area sees it (the port; {@code messaging.smpp} has its adapter). What the centre
 * sends back — delivery receipts and phones' replies — the adapter hands to {@link GatewayInbox}.
 */
public interface SmsGateway {

    /** Whether the centre is bound and takes submits now. */
    boolean isUp();

    /**
     * Submits one SMS to {@code to} (E.164) with a delivery receipt asked for; answers the id the centre gave it, the
     * one its receipt will carry.
     *
     * @throws SendFailure refused ({@link SendFailure#permanent()}: the number or the text), or not taken now
     */
    String submit(String to, SmsText text) throws SendFailure;
}
