package it.callcenter.messaging;

import jakarta.enterprise.context.ApplicationScoped;

/** The messaging settings, read once from the system properties at first use. */
@ApplicationScoped
public class MessagingConfiguration {

    private volatile MessagingSettings settings;

    public MessagingSettings settings() {
        MessagingSettings read = settings;
        if (read == null) {
            read = MessagingSettings.fromSystemProperties();
            settings = read;
        }
        return read;
    }
}
