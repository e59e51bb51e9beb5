package it.callcenter.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole application on this machine: the embedded PostgreSQL, then the WildFly of the build configured
 * by the CLI scripts, with the EAR deployed. Closing it stops both, WildFly first; a failed start stops
 * whatever had started.
 */
public final class LocalServer implements AutoCloseable {

    private final LocalDatabase database;
    private final WildFlyProcess wildfly;

    private LocalServer(LocalDatabase database, WildFlyProcess wildfly) {
        this.database = database;
        this.wildfly = wildfly;
    }

    /**
     * @param wildflyHome  an unpacked WildFly this server may reconfigure
     * @param dataDirectory the PostgreSQL data directory (created when missing, kept otherwise)
     * @param databasePort  the PostgreSQL port
     * @param portOffset    WildFly's port offset (0: HTTP on 8080)
     * @param mode          {@code demo} creates the demo users; {@code production} only {@code admin}
     */
    public static LocalServer start(Path wildflyHome, Path ear, Path dataDirectory, int databasePort,
                                    int portOffset, String mode, Map<String, String> extraProperties) {
        LocalDatabase database = LocalDatabase.start(dataDirectory, databasePort);
        Thread stopDatabase = new Thread(database::close, "stop-postgres");
        Runtime.getRuntime().addShutdownHook(stopDatabase);
        WildFlyProcess wildfly = new WildFlyProcess(wildflyHome, portOffset);
        try {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("callcenter.mode", mode);
            properties.putAll(extraProperties);
            new ServerConfigurator(wildflyHome).apply(database.settings(), properties);
            wildfly.start(ear, Map.of(), Duration.ofMinutes(5));
            Runtime.getRuntime().removeShutdownHook(stopDatabase);
            LocalServer server = new LocalServer(database, wildfly);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-local-server"));
            return server;
        } catch (RuntimeException e) {
            wildfly.close();
            database.close();
            Runtime.getRuntime().removeShutdownHook(stopDatabase);
            throw e;
        }
    }

    public String baseUrl() {
        return wildfly.baseUrl();
    }

    public LocalDatabase database() {
        return database;
    }

    public WildFlyProcess wildfly() {
        return wildfly;
    }

    @Override
    public synchronized void close() {
        try {
            wildfly.close();
        } finally {
            database.close();
        }
    }
}
