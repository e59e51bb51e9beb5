package it.callcenter.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Applies {@code cli/configure.cli} and the installation's settings to a stopped WildFly, offline, with
 * the server's own {@code bin/jboss-cli.sh}. The first run keeps the untouched standalone.xml aside; every
 * later run starts again from it, so applying twice gives the same configuration.
 */
public final class ServerConfigurator {

    private static final String PRISTINE_SUFFIX = ".callcenter-original";

    private final Path wildflyHome;

    public ServerConfigurator(Path wildflyHome) {
        this.wildflyHome = wildflyHome.toAbsolutePath();
        if (!Files.isRegularFile(this.wildflyHome.resolve("bin/jboss-cli.sh"))) {
            throw new IllegalArgumentException("Not a WildFly installation: " + this.wildflyHome);
        }
    }

    /** Configures {@code standalone.xml}: one server on its own. */
    public void apply(DatabaseSettings database, Map<String, String> systemProperties) {
        apply(STANDALONE, database, systemProperties, List.of());
    }

    /**
     * Configures {@code standalone-ha.xml} for a node of a cluster: the same scripts as a single server, then
     * {@code cli/cluster.cli} (JGroups over TCP, no multicast, no mod_cluster) and the static list of the members'
     * JGroups addresses ({@code host:port}, the port {@value #JGROUPS_TCP_PORT} plus the node's port offset), which
     * every node is given alike. The node's name is given at its start ({@code -Djboss.node.name}).
     */
    public void applyCluster(DatabaseSettings database, Map<String, String> systemProperties, List<String> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A cluster needs its members' JGroups addresses (host:port)");
        }
        apply(CLUSTER, database, systemProperties, clusterLines(members));
    }

    public static final String STANDALONE = "standalone.xml";
    public static final String CLUSTER = "standalone-ha.xml";
    /** JGroups' TCP port at port offset 0 (socket binding jgroups-tcp). */
    public static final int JGROUPS_TCP_PORT = 7600;

    private void apply(String serverConfig, DatabaseSettings database, Map<String, String> systemProperties,
                       List<String> extraLines) {
        installDriverModule();
        restorePristineConfiguration(serverConfig);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("callcenter.db.url", database.url());
        settings.put("callcenter.db.user", database.user());
        settings.put("callcenter.db.password", database.password());
        settings.putAll(systemProperties);
        runCli(script(serverConfig, settings, extraLines));
    }

    /** cluster.cli, then an outbound socket binding per member and TCPPING listing them (the initial hosts). */
    static List<String> clusterLines(List<String> members) {
        List<String> lines = new ArrayList<>();
        lines.add(resource("cli/cluster.cli"));
        List<String> bindings = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i).strip();
            int colon = member.lastIndexOf(':');
            if (colon <= 0 || colon == member.length() - 1) {
                throw new IllegalArgumentException("A cluster member is host:port, not " + member);
            }
            String host = member.substring(0, colon);
            int port = Integer.parseInt(member.substring(colon + 1));
            String name = "callcenter-member-" + (i + 1);
            bindings.add(name);
            lines.add("/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=" + name
                    + ":add(host=\"" + escape(host) + "\", port=" + port + ")");
        }
        lines.add("/subsystem=jgroups/stack=tcp/protocol=TCPPING:add(add-index=1, socket-bindings=["
                + String.join(", ", bindings) + "])");
        return lines;
    }

    private void installDriverModule() {
        Path moduleDir = wildflyHome.resolve("modules/org/postgresql/main");
        Path jar = PostgresDriverJar.locate();
        Path target = moduleDir.resolve(jar.getFileName());
        try {
            Files.createDirectories(moduleDir);
            if (!Files.isRegularFile(target)) {
                Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(moduleDir.resolve("module.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <module xmlns="urn:jboss:module:1.9" name="org.postgresql">
                        <resources>
                            <resource-root path="%s"/>
                        </resources>
                        <dependencies>
                            <module name="java.sql"/>
                            <module name="java.logging"/>
                            <module name="java.naming"/>
                            <module name="jakarta.transaction.api"/>
                        </dependencies>
                    </module>
                    """.formatted(jar.getFileName()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the PostgreSQL driver module", e);
        }
    }

    private void restorePristineConfiguration(String serverConfig) {
        Path config = wildflyHome.resolve("standalone/configuration").resolve(serverConfig);
        Path pristine = config.resolveSibling(serverConfig + PRISTINE_SUFFIX);
        try {
            if (!Files.exists(pristine)) {
                Files.copy(config, pristine);
            }
            Files.copy(pristine, config, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + config, e);
        }
    }

    private static String script(String serverConfig, Map<String, String> settings, List<String> extraLines) {
        List<String> lines = new ArrayList<>();
        lines.add("embed-server --server-config=" + serverConfig + " --std-out=discard");
        lines.add(resource("cli/configure.cli"));
        lines.addAll(extraLines);
        settings.forEach((name, value) ->
                lines.add("/system-property=" + name + ":add(value=\"" + escape(value) + "\")"));
        lines.add("stop-embedded-server");
        return String.join("\n", lines) + "\n";
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String resource(String name) {
        try (InputStream in = ServerConfigurator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void runCli(String script) {
        try {
            Path file = Files.createTempFile("callcenter-configure", ".cli");
            Path log = wildflyHome.resolve("standalone/log/configure-cli.log");
            Files.createDirectories(log.getParent());
            try {
                Files.writeString(file, script, StandardCharsets.UTF_8);
                Process process = new ProcessBuilder(
                        wildflyHome.resolve("bin/jboss-cli.sh").toString(), "--file=" + file)
                        .directory(wildflyHome.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("jboss-cli did not finish; see " + log);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("Configuring WildFly failed:\n" + Files.readString(log));
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
