package it.callcenter.server;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: PostgreSQL with its data in {@code run-data/}, WildFly with the EAR, the demo
 * data set ({@link DemoStart}); prints the URL and serves until interrupted (Ctrl+C), then stops both.
 * {@code --reset} starts from an empty database. {@code --nodes N} (N of 2 or more) starts instead a cluster of N
 * nodes on the one database, behind HAProxy at http://127.0.0.1:{@value #BALANCER_PORT}/callcenter/, the nodes on
 * HTTP ports 8380, 8480 ... (README.md, "Cluster"). A start that fails (a database the application refuses, a port
 * taken) prints why and exits with status 1, never the URL. {@code --database-port} and {@code --port-offset}
 * let a test run it beside the real one.
 */
public final class RunCommand {

    static final int DATABASE_PORT = 54329;
    /** The cluster's balancer; its first node is at port offset {@value #FIRST_NODE_OFFSET} (HTTP 8380), the next +100. */
    static final int BALANCER_PORT = 8280;
    static final int FIRST_NODE_OFFSET = 300;
    /** How the application's schema check begins its log lines (it.callcenter.platform.SchemaIntegrity). */
    static final String SCHEMA_CHECK_FAILED = "Schema check failed";

    private RunCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        Arguments arguments = new Arguments(args);
        Path data = Path.of(arguments.required("data")).toAbsolutePath();
        if (arguments.flag("reset")) {
            DemoStart.deleteTree(data);
            System.out.println("Reset: the demo database in " + data + " starts empty.");
        }
        long started = System.nanoTime();
        int nodes = arguments.optional("nodes").map(Integer::parseInt).orElse(1);
        if (nodes > 1) {
            runCluster(arguments, data, nodes, started);
            return;
        }
        LocalServer server;
        try {
            server = new DemoStart(Path.of(arguments.required("wildfly-home")), Path.of(arguments.required("ear")), data,
                    arguments.optional("database-port").map(Integer::parseInt).orElse(DATABASE_PORT),
                    arguments.optional("port-offset").map(Integer::parseInt).orElse(0), System.out).start();
        } catch (RuntimeException e) {
            System.out.printf("%n  The call center did not start: %s%n", e.getMessage());
            if (String.valueOf(e.getMessage()).contains(SCHEMA_CHECK_FAILED)) {
                System.out.printf("  The demo database in %s is damaged. To start again from an empty one:"
                        + " mvn -Prun verify -Dreset%n", data);
            }
            System.out.println();
            System.exit(1);
            return;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("%n  Call center is running (started in %d s): %s/%n"
                        + "  Demo users: admin, supervisor, manager, operator1 ... operator5, field agents agente1 and agente2"
                        + " (password: demo)%n"
                        + "  Data kept in %s (add -Dreset to start empty). Stop with Ctrl+C.%n%n",
                seconds, server.baseUrl(), data);
        new CountDownLatch(1).await();
    }

    private static void runCluster(Arguments arguments, Path data, int nodes, long started) throws InterruptedException {
        // --port-offset moves the balancer and the nodes alike (a test runs the command beside the real one)
        int offset = arguments.optional("port-offset").map(Integer::parseInt).orElse(0);
        LocalCluster cluster;
        try {
            cluster = new DemoStart(Path.of(arguments.required("wildfly-home")), Path.of(arguments.required("ear")), data,
                    arguments.optional("database-port").map(Integer::parseInt).orElse(DATABASE_PORT), offset, System.out)
                    .startCluster(nodes, BALANCER_PORT + offset, FIRST_NODE_OFFSET + offset);
        } catch (RuntimeException e) {
            System.out.printf("%n  The cluster did not start: %s%n%n", e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-cluster"));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("%n  Call center cluster is running (started in %d s): %s/%n", seconds, cluster.balancerUrl());
        for (String node : cluster.nodeNames()) {
            System.out.printf("  Node %s: %s/ (its log: %s)%n", node, cluster.node(node).baseUrl(), cluster.node(node).serverLog());
        }
        System.out.printf("  Demo users as for one server (password: demo). Stop with Ctrl+C.%n%n");
        new CountDownLatch(1).await();
    }
}
