package it.callcenter.telephony;

import it.callcenter.compliance.CallWindows;
import it.callcenter.compliance.CallWindowsForm;

import java.time.Duration;
import java.util.Properties;

/**
 * The PBX settings, system properties {@code callcenter.ami.*} that the CLI scripts of wildfly-config write (README.md,
 * "Telephony"): where the manager interface is and its user, the operators' phones ({@code operator-channel}) and
 * their dialplan context (blind transfers to an extension), the outbound context and the dial rules, the caller id,
 * the originate timeout, the queue the operators are members of; and {@code callcenter.telephony.service-call-windows},
 * the hours a call outside any campaign may be made (the legal windows unless set). Without a host there is no PBX:
 * telephony stays DOWN and nothing is dialled.
 */
public record TelephonySettings(String host, int port, String username, String secret, OperatorChannels operatorChannels,
                                String operatorContext, String context, DialRules dialRules, String callerId,
                                Duration originateTimeout, String queue, CallWindows serviceCallWindows) {

    static final String PREFIX = "callcenter.ami.";

    public static TelephonySettings fromSystemProperties() {
        return of(System.getProperties());
    }

    static TelephonySettings of(Properties p) {
        return new TelephonySettings(
                blankToNull(p.getProperty(PREFIX + "host")),
                Integer.parseInt(p.getProperty(PREFIX + "port", "5038").strip()),
                p.getProperty(PREFIX + "username", "callcenter"),
                p.getProperty(PREFIX + "secret", ""),
                new OperatorChannels(p.getProperty(PREFIX + "operator-channel", "PJSIP/{extension}")),
                p.getProperty(PREFIX + "operator-context", "agents"),
                p.getProperty(PREFIX + "context", "customers"),
                DialRules.parse(p.getProperty(PREFIX + "dial-rules")),
                blankToNull(p.getProperty(PREFIX + "caller-id")),
                Duration.ofSeconds(Long.parseLong(p.getProperty(PREFIX + "originate-timeout", "30").strip())),
                p.getProperty(PREFIX + "queue", "operators"),
                CallWindowsForm.parse(p.getProperty("callcenter.telephony.service-call-windows")));
    }

    /** Whether a PBX is configured at all. */
    public boolean configured() {
        return host != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "TelephonySettings[" + username + "@" + host + ":" + port + ", operators " + operatorChannels + "]";
    }
}
