package it.callcenter.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Several WildFly nodes of one installation on this machine, in a cluster, on one PostgreSQL, behind the
 * {@link Balancer}. The installation's {@code standalone-ha.xml} is configured once by the same CLI scripts as
 * production ({@link ServerConfigurator#applyCluster}); each node runs from a copy of {@code standalone/} of its own
 * ({@code -Djboss.server.base.dir}: its configuration, deployments, data, log and tmp), with its name
 * ({@code -Djboss.node.name}) and port offset. The nodes start together, as two machines of a new installation
 * would. Closing stops the balancer and the nodes; the database is the caller's.
 */
public final class LocalCluster implements AutoCloseable {

    /** A node: its name and port offset (HTTP on 8080 + offset, JGroups on 7600 + offset). */
    public record NodeSpec(String name, int portOffset) {
    }

    private final Map<String, WildFlyProcess> nodes;
    private final Balancer balancer;
    private final List<AutoCloseable> companions = new ArrayList<>();

    private LocalCluster(Map<String, WildFlyProcess> nodes, Balancer balancer) {
        this.nodes = nodes;
        this.balancer = balancer;
    }

    /**
     * @param nodesDirectory where each node's directory is made anew ({@code nodesDirectory/<name>})
     * @param balancerPort   the balancer's HTTP port on 127.0.0.1
     */
    public static LocalCluster start(Path wildflyHome, Path ear, DatabaseSettings database, Path nodesDirectory,
                                     List<NodeSpec> specs, int balancerPort, String mode, Map<String, String> extraProperties) {
        List<String> members = specs.stream()
                .map(node -> "127.0.0.1:" + (ServerConfigurator.JGROUPS_TCP_PORT + node.portOffset())).toList();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("callcenter.mode", mode);
        properties.putAll(extraProperties);
        new ServerConfigurator(wildflyHome).applyCluster(database, properties, members);
        Map<String, WildFlyProcess> nodes = new LinkedHashMap<>();
        for (NodeSpec spec : specs) {
            Path base = nodesDirectory.resolve(spec.name()).toAbsolutePath();
            copyConfiguration(wildflyHome.resolve("standalone"), base);
            nodes.put(spec.name(), new WildFlyProcess(wildflyHome, base, ServerConfigurator.CLUSTER, spec.portOffset()));
        }
        Balancer balancer = null;
        try {
            startAll(ear, nodes);
            balancer = Balancer.start(nodesDirectory.resolve("balancer"), balancerPort, specs.stream()
                    .map(spec -> new Balancer.Backend(spec.name(), nodes.get(spec.name()).httpPort())).toList(), Duration.ofMinutes(1));
            return new LocalCluster(nodes, balancer);
        } catch (RuntimeException e) {
            nodes.values().forEach(WildFlyProcess::close);
            throw e;
        }
    }

    private static void startAll(Path ear, Map<String, WildFlyProcess> nodes) {
        ExecutorService starting = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<?>> started = new ArrayList<>();
            nodes.forEach((name, node) -> started.add(starting.submit(
                    () -> node.start(ear, Map.of("jboss.node.name", name), Duration.ofMinutes(6)))));
            for (Future<?> start : started) {
                start.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            starting.shutdownNow();
        }
    }

    /** A node's own {@code standalone/}: the installation's configuration, empty deployments, data, log and tmp. */
    private static void copyConfiguration(Path standalone, Path base) {
        DemoStart.deleteTree(base);
        Path configuration = standalone.resolve("configuration");
        try (Stream<Path> paths = Files.walk(configuration)) {
            for (Path path : paths.toList()) {
                Path copy = base.resolve("configuration").resolve(configuration.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (!path.getFileName().toString().endsWith(".callcenter-original")) {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.createDirectories(base.resolve("deployments"));
            Files.createDirectories(base.resolve("log"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the node's directory " + base, e);
        }
    }

    public String balancerUrl() {
        return balancer.baseUrl();
    }

    public WildFlyProcess node(String name) {
        WildFlyProcess node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("No node " + name);
        }
        return node;
    }

    public List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    /** Kills a node at once (SIGKILL), as a power cut would. */
    public void kill(String name) {
        node(name).kill();
    }

    /** Something started for the cluster (its database, the demo's PBX) that stops with it, after the nodes. */
    public synchronized LocalCluster closeAlso(AutoCloseable companion) {
        companions.add(companion);
        return this;
    }

    /** The nodes of a cluster of {@code count} on this machine: node1, node2 ... at port offsets {@code first}, +100 ... */
    public static List<NodeSpec> nodes(int count, int firstPortOffset) {
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(new NodeSpec("node" + (i + 1), firstPortOffset + 100 * i));
        }
        return specs;
    }

    @Override
    public synchronized void close() {
        try {
            balancer.close();
        } finally {
            try {
                nodes.values().forEach(WildFlyProcess::close);
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
