package it.callcenter.pbx;

import it.callcenter.server.DemoTelephony;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run command's PBX: a simulator on 127.0.0.1 with the demo's number rules ({@link DemoNumbers}), and the
 * settings ({@code callcenter.ami.*}) that point the server at it. Found by the run command through ServiceLoader.
 */
public final class DemoPbx implements DemoTelephony {

    private PbxSimulator simulator;

    @Override
    public Map<String, String> start(int port) {
        SimulatorSettings settings = SimulatorSettings.defaults().withOperatorAnswerDelay(java.time.Duration.ofSeconds(1));
        simulator = PbxSimulator.start(port, settings);
        return serverSettings(simulator);
    }

    /** The server's settings for this simulator: what wildfly-config's CLI writes as system properties. */
    public static Map<String, String> serverSettings(PbxSimulator simulator) {
        SimulatorSettings settings = simulator.settings();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("callcenter.ami.host", "127.0.0.1");
        properties.put("callcenter.ami.port", String.valueOf(simulator.port()));
        properties.put("callcenter.ami.username", settings.username());
        properties.put("callcenter.ami.secret", settings.secret());
        properties.put("callcenter.ami.operator-channel", settings.operatorChannel());
        properties.put("callcenter.ami.operator-context", settings.operatorContext());
        properties.put("callcenter.ami.queue", settings.queue());
        return properties;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
