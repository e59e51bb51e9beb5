package it.callcenter.telephony;

import jakarta.enterprise.context.ApplicationScoped;

/** The telephony settings, read once from the system properties at first use. */
@ApplicationScoped
public class TelephonyConfiguration {

    private volatile TelephonySettings settings;

    public TelephonySettings settings() {
        TelephonySettings read = settings;
        if (read == null) {
            read = TelephonySettings.fromSystemProperties();
            settings = read;
        }
        return read;
    }
}
