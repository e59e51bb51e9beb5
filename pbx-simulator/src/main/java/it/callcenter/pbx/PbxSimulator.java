package it.callcenter.pbx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A PBX that speaks the Asterisk Manager Interface over TCP as Asterisk 22 does, for the tests, the benchmark and the
 * demo (never the production path: it is not in the EAR). It accepts manager connections on 127.0.0.1 (banner, MD5
 * Challenge and Login), answers Originate with the event sequences of {@code AMI-EVENTS.md} chosen per dialled
 * number ({@link Behaviour}), rings operators' phones with inbound calls on request, and serves Hangup, Redirect,
 * QueuePause, QueueStatus and CoreShowChannels. It can drop its connections, be unreachable for a while, or restart
 * (a Shutdown event, and every call gone), as the tests of reconnection need.
 *
 * <p>A number is matched to its behaviour by its digits, either being the end of the other (so {@code +393331234567}
 * set by a test matches the {@code 3331234567} the server dials); numbers set nowhere follow the default rule
 * ({@link DemoNumbers} unless another is given).
 */
public final class PbxSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final ScheduledExecutorService sim = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "pbx-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final Switchboard board;
    private final SwitchboardActions switchboardActions;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private volatile Function<String, Behaviour> defaultRule = new DemoNumbers();
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private final List<AmiMessage> actions = new CopyOnWriteArrayList<>();
    private final List<Consumer<Emitted>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile ServerSocket server;
    private volatile int port;
    private volatile boolean closed;
    private volatile boolean duplicates;

    /** An event as it left the simulator, with the moment it was written (its {@code Timestamp} line). */
    public record Emitted(AmiMessage event, Instant at) {
    }

    /** An inbound call the test or demo started. */
    public final class Inbound {
        private final String trunkChannel;
        private final String linkedid;
        private final RingingCall call;

        private Inbound(RingingCall call) {
            this.call = call;
            this.trunkChannel = call.caller().name;
            this.linkedid = call.caller().linkedid;
        }

        public String trunkChannel() {
            return trunkChannel;
        }

        public String linkedid() {
            return linkedid;
        }

        /** The caller hangs up while the operator's phone still rings. */
        public void abandon() {
            sim.execute(call::abandon);
        }
    }

    private PbxSimulator(SimulatorSettings settings, int port) {
        this.settings = settings;
        this.port = port;
        this.board = new Switchboard(settings, sim, this::broadcast, this::behaviourFor);
        this.switchboardActions = new SwitchboardActions(board);
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port, see {@link #port()}). */
    public static PbxSimulator start(int port, SimulatorSettings settings) {
        PbxSimulator simulator = new PbxSimulator(settings, port);
        simulator.open();
        return simulator;
    }

    public int port() {
        return port;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    // ---- behaviour -----------------------------------------------------------------------------------------------

    /** What happens when this number is dialled (matched by its digits, see the class note). */
    public PbxSimulator behaviour(String number, Behaviour behaviour) {
        behaviours.put(digits(number), behaviour);
        return this;
    }

    /** The rule for numbers given no behaviour of their own. */
    public PbxSimulator defaultBehaviour(Function<String, Behaviour> rule) {
        this.defaultRule = rule;
        return this;
    }

    Behaviour behaviourFor(String dialled) {
        String key = digits(dialled);
        Behaviour exact = behaviours.get(key);
        if (exact != null) {
            return exact;
        }
        if (!key.isEmpty()) {
            for (Map.Entry<String, Behaviour> set : behaviours.entrySet()) {
                if (set.getKey().endsWith(key) || key.endsWith(set.getKey())) {
                    return set.getValue();
                }
            }
        }
        return defaultRule.apply(dialled);
    }

    private static String digits(String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }

    // ---- what tests start and look at ----------------------------------------------------------------------------

    /**
     * A call from {@code callerNumber} (the caller id as the trunk gives it) rings the phone of {@code extension};
     * answered after {@code answerAfter} (null: never, the dial gives up after 20 s), the caller hangs up after
     * {@code talk}.
     */
    public Inbound inbound(String callerNumber, String extension, Duration answerAfter, Duration talk) {
        return onSim(() -> {
            Channel trunk = board.trunk(callerNumber, null);
            board.newchannel(trunk);
            String dial = settings.operatorDial(extension);
            RingingCall call = new RingingCall(board, trunk, null, dial, dial.substring(dial.indexOf('/') + 1),
                    answerAfter, talk);
            call.start();
            return new Inbound(call);
        });
    }

    /** The {@code Variable} lines of an Originate (see {@link SwitchboardActions#variables}). */
    static Map<String, String> variables(AmiMessage action) {
        return SwitchboardActions.variables(action);
    }

    /** Every action received so far with this name (any case), in order. */
    public List<AmiMessage> actions(String name) {
        return actions.stream().filter(a -> name.equalsIgnoreCase(a.get("Action"))).toList();
    }

    public List<AmiMessage> originates() {
        return actions("Originate");
    }

    /** Called on the simulator's thread for each event it writes, in order. */
    public PbxSimulator onEvent(Consumer<Emitted> listener) {
        listeners.add(listener);
        return this;
    }

    public PbxSimulator removeListener(Consumer<Emitted> listener) {
        listeners.remove(listener);
        return this;
    }

    /** How many manager connections are logged in now. */
    public int loggedIn() {
        return (int) sessions.stream().filter(AmiSession::isAuthenticated).count();
    }

    /** The names of the channels up now. */
    public List<String> channels() {
        return onSim(() -> board.channels().stream().map(c -> c.name).toList());
    }

    /** Whether the interface is paused in the simulator's queue. */
    public boolean isPaused(String iface) {
        return onSim(() -> {
            Switchboard.Member member = board.queues().get(settings.queue()).get(iface);
            return member != null && member.paused;
        });
    }

    /**
     * Writes every event twice from now on (or no longer): what a client that hears one event through two paths gets,
     * to show that applying an event twice changes nothing.
     */
    public PbxSimulator duplicateEvents(boolean twice) {
        this.duplicates = twice;
        return this;
    }

    /** Closes every manager connection at once, without a word; the PBX stays up and accepts new ones. */
    public void dropConnections() {
        new ArrayList<>(sessions).forEach(AmiSession::drop);
    }

    /** Closes every connection and refuses new ones for {@code down}, as a network outage would. */
    public void outage(Duration down) {
        closeServer();
        dropConnections();
        sim.schedule(this::open, down.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Asterisk restarts: a Shutdown event to every connection, every call gone without another event, no connection
     * accepted for {@code down}.
     */
    public void restart(Duration down) {
        closeServer();
        onSim(() -> {
            broadcast(Switchboard.event("Shutdown", "system,all").add("Shutdown", "Cleanly").add("Restart", "True"));
            board.clearSilently();
            return null;
        });
        new ArrayList<>(sessions).forEach(AmiSession::closeAfterQueued);
        sim.schedule(this::open, down.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed = true;
        closeServer();
        dropConnections();
        sim.shutdownNow();
    }

    // ---- internals -----------------------------------------------------------------------------------------------

    private synchronized void open() {
        if (closed || server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            port = socket.getLocalPort();
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "pbx-simulator-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The PBX simulator cannot listen on 127.0.0.1:" + port, e);
        }
    }

    private synchronized void closeServer() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closed anyway
            }
            server = null;
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                AmiSession session = new AmiSession(client, this);
                sessions.add(session);
                session.start(connections.incrementAndGet());
            } catch (IOException e) {
                return;
            }
        }
    }

    void closed(AmiSession session) {
        sessions.remove(session);
    }

    void record(AmiMessage action) {
        actions.add(action);
    }

    private void broadcast(AmiMessage event) {
        String wire = event.toWire();
        for (AmiSession session : sessions) {
            session.sendEvent(wire);
            if (duplicates) {
                session.sendEvent(wire);
            }
        }
        if (!listeners.isEmpty()) {
            Emitted emitted = new Emitted(event, timestamp(event));
            listeners.forEach(listener -> listener.accept(emitted));
        }
    }

    private static Instant timestamp(AmiMessage event) {
        String stamp = event.get("Timestamp");
        if (stamp == null) {
            return Instant.now();
        }
        int dot = stamp.indexOf('.');
        return Instant.ofEpochSecond(Long.parseLong(stamp.substring(0, dot)), Long.parseLong(stamp.substring(dot + 1)) * 1000);
    }

    private <T> T onSim(Supplier<T> work) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(work, sim);
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PBX simulator failed", e);
        }
    }

    /** An action that touches calls or queues, answered and played on the simulator's thread. */
    void onSwitchboard(AmiSession session, String name, AmiMessage action, String actionId) {
        sim.execute(() -> switchboardActions.handle(session, name, action, actionId));
    }

    /**
     * Runs a simulator on its own: {@code --port 5038 --username callcenter --secret callcenter-demo}, the demo's
     * number rules; stops with Ctrl+C.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 5038;
        SimulatorSettings settings = SimulatorSettings.defaults();
        String username = settings.username();
        String secret = settings.secret();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--username" -> username = args[i + 1];
                case "--secret" -> secret = args[i + 1];
                case "--operator-channel" -> settings = settings.withOperatorChannel(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        PbxSimulator simulator = start(port, settings.withCredentials(username, secret));
        System.out.println("PBX simulator listening on 127.0.0.1:" + simulator.port() + " (user " + username + ")");
        Thread.currentThread().join();
    }
}
