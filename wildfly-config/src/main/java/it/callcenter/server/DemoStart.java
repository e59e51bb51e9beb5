package it.callcenter.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The run command's start, step by step, so that a test can run it with its own ports and data directory.
 * <p>
 * A first start sets the demo up out of reach: WildFly on a private port offset, the demo registry loaded in one
 * transaction (keys dropped and made again inside it: an interrupt rolls all of it back), the demo group and
 * campaigns made through the API there, then WildFly restarted on the public port. Nobody can post a party, nor
 * read UP from /health, before the whole demo data set is in. The file {@value #SETUP_FILE} in the data directory
 * says "started" before the set-up and "finished" after it; a start that finds "started" (the set-up was killed
 * or interrupted) says so and starts the demo database over. Later starts go straight to the public port.
 */
public final class DemoStart {

    public static final String SETUP_FILE = "demo-setup";
    static final int DEMO_PARTIES = 3000;
    /** WildFly's sockets at offset 0: the set-up's private offset must leave all of them free. */
    private static final List<Integer> WILDFLY_PORTS = List.of(8080, 8443, 8009, 9990, 9993, 4712, 4713);

    private final Path wildflyHome;
    private final Path ear;
    private final Path data;
    private final int databasePort;
    private final int portOffset;
    private final PrintStream console;
    private int setUpPortOffset = -1;
    private Consumer<LocalServer> beforeDemoCommit = server -> { };

    /**
     * @param data         the run's directory: PostgreSQL's data in {@code postgres/}, and {@value #SETUP_FILE}
     * @param portOffset   WildFly's public port offset (0: HTTP on 8080)
     */
    public DemoStart(Path wildflyHome, Path ear, Path data, int databasePort, int portOffset, PrintStream console) {
        this.wildflyHome = wildflyHome;
        this.ear = ear;
        this.data = data.toAbsolutePath();
        this.databasePort = databasePort;
        this.portOffset = portOffset;
        this.console = console;
    }

    /** The private port offset of a first start's set-up; by default the first free one above the public offset. */
    public DemoStart setUpPortOffset(int offset) {
        this.setUpPortOffset = offset;
        return this;
    }

    /** Runs with the demo registry written but not committed: where a test interrupts a first start. */
    public DemoStart beforeDemoCommit(Consumer<LocalServer> hook) {
        this.beforeDemoCommit = hook;
        return this;
    }

    /** Starts the application, setting the demo up first when it was never finished; answers the running server. */
    public LocalServer start() {
        List<AutoCloseable> companions = new java.util.ArrayList<>();
        try {
            LocalServer server = start(startCompanions(companions));
            companions.forEach(server::closeAlso);
            return server;
        } catch (RuntimeException | Error e) {
            closeAll(companions, e);
            throw e;
        }
    }

    /** The demo's PBX and message simulators, each added to {@code started}; answers the settings pointing at them. */
    private Map<String, String> startCompanions(List<AutoCloseable> started) {
        DemoTelephony pbx = ServiceLoader.load(DemoTelephony.class).findFirst().orElse(null);
        DemoMessaging messaging = ServiceLoader.load(DemoMessaging.class).findFirst().orElse(null);
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (pbx != null) {
            started.add(pbx);
            settings.putAll(startTelephony(pbx));
        }
        if (messaging != null) {
            started.add(messaging);
            settings.putAll(startMessaging(messaging));
        }
        return settings;
    }

    private static void closeAll(List<AutoCloseable> companions, Throwable failure) {
        for (AutoCloseable companion : companions) {
            try {
                companion.close();
            } catch (Exception suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
    }

    /**
     * The demo's PBX, a simulator speaking AMI on 127.0.0.1:{@value DemoTelephony#BASE_PORT} plus the port offset (any
     * free port when that one is taken); answers the settings that point the server at it.
     */
    private Map<String, String> startTelephony(DemoTelephony pbx) {
        int wanted = DemoTelephony.BASE_PORT + portOffset;
        Map<String, String> settings = pbx.start(free(wanted) ? wanted : 0);
        console.println("  Demo PBX: a simulator of Asterisk's manager interface on 127.0.0.1:"
                + settings.get("callcenter.ami.port") + " (numbers ending in 0 are busy, 9 do not answer, 8 find"
                + " your phone busy, 7 a congested network; the others answer after 2 s).");
        return settings;
    }

    /**
     * The demo's SMS centre and mail server on 127.0.0.1 ({@link DemoMessaging}: SMPP on 2775 and SMTP on 2525 plus the
     * port offset, any free port when one is taken); answers the settings that point the server at them, and the
     * address the demo's unsubscribe links open.
     */
    private Map<String, String> startMessaging(DemoMessaging messaging) {
        int smpp = DemoMessaging.SMPP_BASE_PORT + portOffset;
        int smtp = DemoMessaging.SMTP_BASE_PORT + portOffset;
        Map<String, String> settings = new java.util.LinkedHashMap<>(messaging.start(free(smpp) ? smpp : 0, free(smtp) ? smtp : 0));
        settings.put("callcenter.messaging.public-url", "http://127.0.0.1:" + (8080 + portOffset) + "/callcenter");
        console.println("  " + messaging.describe());
        return settings;
    }

    private LocalServer start(Map<String, String> settings) {
        Path postgres = data.resolve("postgres");
        String setUp = setUpState();
        if (setUp.startsWith("started")) {
            console.println("  The demo set-up of an earlier start did not finish (it was interrupted or killed):"
                    + " the demo database in " + data + " starts over.");
            deleteTree(postgres);
        } else if (setUp.isEmpty() && Files.isDirectory(postgres)) {
            // a database of a run command older than the set-up file: it was set up, as this one would be
            writeSetUpState("finished (made before " + SETUP_FILE + " existed)");
            setUp = "finished";
        }
        if (setUp.startsWith("finished")) {
            return LocalServer.start(wildflyHome, ear, postgres, databasePort, portOffset, "demo", settings);
        }
        return firstStart(postgres, settings);
    }

    /**
     * The run command with {@code --nodes}: the demo set up as for one server when it never was (on the private port,
     * then that WildFly stops), then {@code count} nodes in a cluster on its database, behind the balancer on
     * {@code balancerPort}; the nodes at port offsets {@code firstNodeOffset}, +100 ... Each node speaks to the demo's
     * PBX (a call's records are written once whichever node sees its events). Closing the cluster stops the balancer,
     * the nodes, the database and the PBX.
     */
    public LocalCluster startCluster(int count, int balancerPort, int firstNodeOffset) {
        List<AutoCloseable> companions = new java.util.ArrayList<>();
        Map<String, String> settings;
        LocalServer setUp;
        try {
            settings = startCompanions(companions);
            setUp = databaseOnly(settings);
        } catch (RuntimeException | Error e) {
            closeAll(companions, e);
            throw e;
        }
        companions.forEach(setUp::closeAlso);
        try {
            Map<String, String> properties = new java.util.LinkedHashMap<>(settings);
            // the balancer on this machine is the nodes' proxy: sign-ins are throttled per real client address
            properties.put("callcenter.trusted-proxies", "127.0.0.1");
            console.println("  Cluster: " + count + " nodes on one database, behind HAProxy on 127.0.0.1:" + balancerPort);
            return LocalCluster.start(wildflyHome, ear, setUp.database().settings(), data.resolve("nodes"),
                    LocalCluster.nodes(count, firstNodeOffset), balancerPort, "demo", properties).closeAlso(setUp);
        } catch (RuntimeException | Error e) {
            setUp.close();
            throw e;
        }
    }

    /** The demo's database, set up first when it never was; no WildFly left running. */
    private LocalServer databaseOnly(Map<String, String> settings) {
        Path postgres = data.resolve("postgres");
        String setUp = setUpState();
        if (setUp.startsWith("finished") || setUp.isEmpty() && Files.isDirectory(postgres)) {
            return LocalServer.withoutWildFly(wildflyHome, postgres, databasePort);
        }
        if (setUp.startsWith("started")) {
            console.println("  The demo set-up of an earlier start did not finish (it was interrupted or killed):"
                    + " the demo database in " + data + " starts over.");
            deleteTree(postgres);
        }
        LocalServer server = setUpDemo(postgres, settings);
        server.stopWildFly();
        return server;
    }

    private LocalServer firstStart(Path postgres, Map<String, String> settings) {
        LocalServer server = setUpDemo(postgres, settings);
        try {
            server.restartWildFly(portOffset);
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The demo data set up on a private port: answers the server, still on that port. */
    private LocalServer setUpDemo(Path postgres, Map<String, String> settings) {
        writeSetUpState("started " + Instant.now());
        int privateOffset = setUpPortOffset >= 0 ? setUpPortOffset : freeOffsetAbove(portOffset);
        console.println("  First start: the demo data (registry, group, campaigns) is set up on a private port;"
                + " the server opens on its public port once all of it is in.");
        LocalServer server = LocalServer.start(wildflyHome, ear, postgres, databasePort, privateOffset, "demo", settings);
        try {
            if (loadDemoRegistry(server)) {
                new DemoCampaigns(server.baseUrl(), console).create();
            }
            writeSetUpState("finished " + Instant.now());
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** A few thousand parties, in one transaction, so the archive and the searches have something to show. */
    private boolean loadDemoRegistry(LocalServer server) {
        DatabaseSettings settings = server.database().settings();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            connection.setAutoCommit(false);
            boolean loaded = false;
            for (DemoData demo : ServiceLoader.load(DemoData.class)) {
                console.println("  Demo registry: " + demo.load(connection, DEMO_PARTIES));
                loaded = true;
            }
            beforeDemoCommit.accept(server);
            connection.commit();
            return loaded;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the demo registry", e);
        }
    }

    private String setUpState() {
        Path file = data.resolve(SETUP_FILE);
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the file whole (written aside, then moved), so a kill never leaves half of it. */
    private void writeSetUpState(String state) {
        try {
            Files.createDirectories(data);
            Path next = data.resolve(SETUP_FILE + ".next");
            Files.writeString(next, state + "\n");
            Files.move(next, data.resolve(SETUP_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + data.resolve(SETUP_FILE), e);
        }
    }

    /** The first offset above {@code offset}, in steps of 100 from 500, at which all of WildFly's ports are free. */
    static int freeOffsetAbove(int offset) {
        for (int candidate = offset + 500; candidate + 9993 < 65536; candidate += 100) {
            int tried = candidate;
            if (WILDFLY_PORTS.stream().allMatch(port -> free(port + tried))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free port offset for the demo set-up above " + offset);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
