package it.callcenter.server;

import java.util.Map;

/**
 * The demo's SMS centre and mail server: an SMSC speaking SMPP and an SMTP server, both on 127.0.0.1, that keep what
 * the application sends (nothing leaves the machine). The run command finds an implementation with
 * {@link java.util.ServiceLoader} (the {@code message-simulators} module has it), so this module, which production
 * installs also use, carries none of it.
 */
public interface DemoMessaging extends AutoCloseable {

    /** The SMSC's port: 2775, SMPP's own, plus the run's port offset. */
    int SMPP_BASE_PORT = 2775;
    /** The mail server's SMTP port: 2525 plus the run's port offset. */
    int SMTP_BASE_PORT = 2525;

    /**
     * Starts the SMSC on 127.0.0.1:{@code smppPort} and the SMTP server on 127.0.0.1:{@code smtpPort} (0: any free
     * port); answers the system properties that point the server at them ({@code callcenter.smpp.*},
     * {@code callcenter.mail.*}).
     */
    Map<String, String> start(int smppPort, int smtpPort);

    /** One line for the console: where the two servers listen and what they do with what they receive. */
    String describe();

    @Override
    void close();
}
