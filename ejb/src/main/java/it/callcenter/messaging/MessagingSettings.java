package it.callcenter.messaging;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Properties;

/**
 * The messaging settings, system properties that the CLI scripts of wildfly-config write (README.md, "Messages"):
 * <ul>
 * <li>{@code callcenter.smpp.*}: the SMS centre ({@code host}, {@code port}, {@code system-id}, {@code password},
 * {@code system-type}), the sender shown on the phones ({@code source-address}: a number, for the STOP replies to come
 * back, or a name of up to 11 letters), {@code rate} the submits a second the provider allows, {@code bind}
 * {@code TRANSCEIVER} (one session) or {@code TRANSMITTER_RECEIVER} (two), {@code window} the submits in flight at
 * once on the bind (each waiting for its {@code submit_sm_resp}; 10 by default, as providers commonly allow). Without a host there is no SMS gateway:
 * SMS wait in the queue.</li>
 * <li>{@code callcenter.mail.*}: the sender's address ({@code from}) and {@code rate}, e-mails a second; the SMTP relay
 * itself is WildFly's mail session ({@code java:jboss/mail/CallCenter}, host and port in the CLI script).</li>
 * <li>{@code callcenter.messaging.*}: {@code max-attempts} of a message, {@code retry-seconds} before the first retry
 * (doubling after each), {@code segment-price} in euro for the cost shown, {@code public-url} the address customers
 * open the unsubscribe link at (this server's {@code /callcenter}, as the public sees it).</li>
 * </ul>
 */
public record MessagingSettings(String smppHost, int smppPort, String systemId, String password, String systemType,
                                String sourceAddress, int smsRate, int smsWindow, boolean separateBinds, String mailFrom, int mailRate,
                                int maxAttempts, int retrySeconds, BigDecimal segmentPrice, String publicUrl) {

    public static MessagingSettings fromSystemProperties() {
        return of(System.getProperties());
    }

    static MessagingSettings of(Properties p) {
        return new MessagingSettings(
                blankToNull(p.getProperty("callcenter.smpp.host")),
                integer(p, "callcenter.smpp.port", 2775),
                p.getProperty("callcenter.smpp.system-id", "callcenter"),
                p.getProperty("callcenter.smpp.password", ""),
                p.getProperty("callcenter.smpp.system-type", ""),
                p.getProperty("callcenter.smpp.source-address", "CallCenter").strip(),
                Math.max(1, integer(p, "callcenter.smpp.rate", 50)),
                Math.min(100, Math.max(1, integer(p, "callcenter.smpp.window", 10))),
                "TRANSMITTER_RECEIVER".equals(p.getProperty("callcenter.smpp.bind", "TRANSCEIVER").strip()
                        .toUpperCase(Locale.ROOT)),
                p.getProperty("callcenter.mail.from", "Call center <noreply@callcenter.invalid>"),
                Math.max(1, integer(p, "callcenter.mail.rate", 10)),
                Math.max(1, integer(p, "callcenter.messaging.max-attempts", 3)),
                Math.max(1, integer(p, "callcenter.messaging.retry-seconds", 60)),
                new BigDecimal(p.getProperty("callcenter.messaging.segment-price", "0.05").strip()),
                stripSlash(p.getProperty("callcenter.messaging.public-url", "http://127.0.0.1:8080/callcenter")));
    }

    /** Whether an SMS centre is configured at all. */
    public boolean smsConfigured() {
        return smppHost != null;
    }

    /** Seconds before the retry after the {@code attempts}-th attempt: the first delay, doubled each time, at most an hour. */
    public int retryDelay(int attempts) {
        long delay = (long) retrySeconds << Math.min(20, Math.max(0, attempts - 1));
        return (int) Math.min(3600, delay);
    }

    private static int integer(Properties p, String name, int fallback) {
        String value = p.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String stripSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    @Override
    public String toString() {
        return "MessagingSettings[smpp " + systemId + "@" + smppHost + ":" + smppPort + " at " + smsRate + "/s, window "
                + smsWindow + ", mail from "
                + mailFrom + " at " + mailRate + "/s]";
    }
}
