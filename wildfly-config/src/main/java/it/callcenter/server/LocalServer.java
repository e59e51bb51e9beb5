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

    private WildFlyProcess wildfly;
    private final Path dataDirectory;
    private final int databasePort;
    private LocalDatabase database;
    private final java.util.List<AutoCloseable> companions = new java.util.ArrayList<>();

    private LocalServer(LocalDatabase database, WildFlyProcess wildfly, Path dataDirectory, int databasePort) {
        this.database = database;
        this.wildfly = wildfly;
        this.dataDirectory = dataDirectory;
        this.databasePort = databasePort;
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
            LocalServer server = new LocalServer(database, wildfly, dataDirectory, databasePort);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-local-server"));
            return server;
        } catch (RuntimeException e) {
            wildfly.close();
            database.close();
            Runtime.getRuntime().removeShutdownHook(stopDatabase);
            throw e;
        }
    }

    public synchronized String baseUrl() {
        return wildfly.baseUrl();
    }

    public LocalDatabase database() {
        return database;
    }

    public synchronized WildFlyProcess wildfly() {
        return wildfly;
    }

    /** Stops PostgreSQL under the running server, as an outage would. */
    public synchronized void stopDatabase() {
        database.close();
    }

    /** Starts PostgreSQL again on the same data and port after {@link #stopDatabase()}. */
    public synchronized void startDatabase() {
        database = LocalDatabase.start(dataDirectory, databasePort);
    }

    /** Kills WildFly (SIGKILL) under the running database, as a crash would. */
    public synchronized void killWildFly() {
        wildfly.kill();
    }

    /** Starts WildFly again after {@link #killWildFly()}, with the same EAR and configuration. */
    public synchronized void restartWildFly() {
        wildfly.restart(Duration.ofMinutes(5));
    }

    /** Stops WildFly and starts it on another port offset, with the same EAR and configuration. */
    public synchronized void restartWildFly(int portOffset) {
        wildfly.close();
        wildfly = wildfly.onPortOffset(portOffset);
        wildfly.restart(Duration.ofMinutes(5));
    }

    /** Something started for this server (the demo's PBX) that stops with it, after WildFly. */
    public synchronized LocalServer closeAlso(AutoCloseable companion) {
        companions.add(companion);
        return this;
    }

    @Override
    public synchronized void close() {
        try {
            wildfly.close();
        } finally {
            try {
                database.close();
            } finally {
                for (AutoCloseable companion : companions) {
                    try {
                        companion.close();
                    } catch (Exception e) {
                        System.err.println("Could not stop " + companion + ": " + e.getMessage());
                    }
                }
                companions.clear();
            }
        }
    }
}
