package it.callcenter.server;

import java.util.Map;

/**
 * The demo's PBX: a simulator speaking the Asterisk Manager Interface on 127.0.0.1. The run command finds an
 * implementation with {@link java.util.ServiceLoader} (the {@code pbx-simulator} module has it), so this module, which
 * production installs also use, carries none of it.
 */
public interface DemoTelephony extends AutoCloseable {

    /** The manager port of the demo's PBX: 5038, Asterisk's own, plus the run's port offset. */
    int BASE_PORT = 5038;

    /** Starts the PBX on 127.0.0.1:{@code port}; answers the system properties that point the server at it. */
    Map<String, String> start(int port);

    @Override
    void close();
}
