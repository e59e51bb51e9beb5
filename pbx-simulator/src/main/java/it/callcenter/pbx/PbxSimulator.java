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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        sim.execute(() -> {
            try {
                switch (name) {
                    case "originate" -> originate(session, action, actionId);
                    case "hangup" -> hangup(session, action, actionId);
                    case "redirect" -> redirect(session, action, actionId);
                    case "queuepause" -> queuePause(session, action, actionId);
                    case "queuestatus" -> queueStatus(session, actionId);
                    case "coreshowchannels" -> coreShowChannels(session, actionId);
                    default -> session.send(AmiMessage.response("Error", actionId).add("Message", "Invalid/unknown command"));
                }
            } catch (RuntimeException e) {
                session.send(AmiMessage.response("Error", actionId).add("Message", String.valueOf(e.getMessage())));
            }
        });
    }

    private void originate(AmiSession session, AmiMessage action, String actionId) {
        String channel = action.get("Channel");
        if (channel == null || channel.isBlank()) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "Channel not specified"));
            return;
        }
        if (!channel.contains("/")) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "Invalid channel"));
            return;
        }
        String context = action.get("Context");
        String exten = action.get("Exten");
        if (exten == null || context == null) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "Exten and Context are required"));
            return;
        }
        long timeout = action.find("Timeout").map(Long::parseLong).orElse(30_000L);
        session.send(AmiMessage.response("Success", actionId).add("Message", "Originate successfully queued"));
        new OutboundCall(board, actionId, channel, context, exten, Duration.ofMillis(timeout), variables(action),
                action.get("CallerID")).start();
    }

    /** The {@code Variable} lines: {@code name=value}, several lines or several pairs separated by commas. */
    static Map<String, String> variables(AmiMessage action) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : action.all("Variable")) {
            for (String pair : line.split(",")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    variables.put(pair.substring(0, equals).strip(), pair.substring(equals + 1));
                }
            }
        }
        return variables;
    }

    private void hangup(AmiSession session, AmiMessage action, String actionId) {
        String name = action.get("Channel");
        Channel channel = name == null ? null : board.channel(name);
        Call call = name == null ? null : board.callOf(name);
        if (channel == null || call == null) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "No such channel"));
            return;
        }
        session.send(AmiMessage.response("Success", actionId).add("Message", "Channel Hungup"));
        call.hangupRequested(channel);
    }

    private void redirect(AmiSession session, AmiMessage action, String actionId) {
        String name = action.get("Channel");
        Channel channel = name == null ? null : board.channel(name);
        Call call = name == null ? null : board.callOf(name);
        if (channel == null || call == null) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "Channel does not exist: " + name));
            return;
        }
        String context = action.get("Context");
        String exten = action.get("Exten");
        if (context == null || exten == null) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "Exten not specified"));
            return;
        }
        session.send(AmiMessage.response("Success", actionId).add("Message", "Redirect successful"));
        if (!call.redirect(channel, context, exten)) {
            call.hangupRequested(channel);
        }
    }

    private void queuePause(AmiSession session, AmiMessage action, String actionId) {
        String iface = action.get("Interface");
        String paused = action.get("Paused");
        if (iface == null || paused == null) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "Need 'Interface' and 'Paused' parameters."));
            return;
        }
        boolean pause = switch (paused.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            default -> false;
        };
        // the answer first, then the QueueMemberPause events (AMI-EVENTS.md)
        if (!board.queues().values().stream().anyMatch(q -> q.containsKey(iface)) && !board.isOperatorInterface(iface)) {
            session.send(AmiMessage.response("Error", actionId).add("Message", "Interface not found"));
            return;
        }
        session.send(AmiMessage.response("Success", actionId)
                .add("Message", pause ? "Interface paused successfully" : "Interface unpaused successfully"));
        board.pause(action.get("Queue"), iface, pause, action.get("Reason"));
    }

    private void queueStatus(AmiSession session, String actionId) {
        session.send(AmiMessage.response("Success", actionId).add("EventList", "start")
                .add("Message", "Queue status will follow"));
        int items = 0;
        for (Map.Entry<String, Map<String, Switchboard.Member>> queue : board.queues().entrySet()) {
            session.send(AmiMessage.event("QueueParams").add("Queue", queue.getKey()).add("Max", 0)
                    .add("Strategy", "ringall").add("Calls", 0).add("Holdtime", 0).add("TalkTime", 0).add("Completed", 0)
                    .add("Abandoned", 0).add("ServiceLevel", 0).add("ServicelevelPerf", "0.0")
                    .add("ServicelevelPerf2", "0.0").add("Weight", 0).add("ActionID", actionId));
            items++;
            for (Map.Entry<String, Switchboard.Member> member : queue.getValue().entrySet()) {
                Switchboard.Member m = member.getValue();
                session.send(AmiMessage.event("QueueMember").add("Queue", queue.getKey()).add("Name", member.getKey())
                        .add("Location", member.getKey()).add("StateInterface", member.getKey())
                        .add("Membership", "dynamic").add("Penalty", 0).add("CallsTaken", 0).add("LastCall", 0)
                        .add("LastPause", m.lastPause).add("LoginTime", 0).add("InCall", 0).add("Status", 1)
                        .add("Paused", m.paused ? 1 : 0).add("PausedReason", m.reason).add("Wrapuptime", 0)
                        .add("ActionID", actionId));
                items++;
            }
        }
        session.send(AmiMessage.event("QueueStatusComplete").add("ActionID", actionId).add("EventList", "Complete")
                .add("ListItems", items));
    }

    private void coreShowChannels(AmiSession session, String actionId) {
        session.send(AmiMessage.response("Success", actionId).add("EventList", "start")
                .add("Message", "Channels will follow"));
        List<Channel> channels = board.channels();
        Instant now = Instant.now();
        for (Channel channel : channels) {
            long seconds = Duration.between(channel.created, now).getSeconds();
            session.send(channel.snapshot(AmiMessage.event("CoreShowChannel").add("ActionID", actionId), "")
                    .add("Application", channel.application).add("ApplicationData", channel.applicationData)
                    .add("Duration", String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60))
                    .add("BridgeId", channel.bridge == null ? "" : channel.bridge));
        }
        session.send(AmiMessage.event("CoreShowChannelsComplete").add("ActionID", actionId).add("EventList", "Complete")
                .add("ListItems", channels.size()));
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
