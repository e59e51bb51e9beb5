package it.callcenter.pbx;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The simulated PBX's channels, calls and queue members, and the events they produce. Everything here runs on the
 * simulator's single thread, so the events of all calls come out in one order, as on one Asterisk connection.
 */
final class Switchboard {

    static final String PSTN_CONTEXT = "pstn";
    static final String TRUNK_CONTEXT = "from-trunk";
    static final String DID = "0212345678";
    private static final DateTimeFormatter RECORDING_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    final SimulatorSettings settings;
    final ScheduledExecutorService sim;
    private final Consumer<AmiMessage> broadcast;
    private final Function<String, Behaviour> behaviours;
    private final Random random = new Random(13);
    private final long epoch = System.currentTimeMillis() / 1000;
    private long channelSequence;
    private long uniqueSequence;
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Map<String, Call> callsByChannel = new LinkedHashMap<>();
    /** queue → interface → paused reason (null when not paused). */
    private final Map<String, Map<String, Member>> queues = new TreeMap<>();

    static final class Member {
        boolean paused;
        String reason = "";
        long lastPause;
    }

    Switchboard(SimulatorSettings settings, ScheduledExecutorService sim, Consumer<AmiMessage> broadcast,
                Function<String, Behaviour> behaviours) {
        this.settings = settings;
        this.sim = sim;
        this.broadcast = broadcast;
        this.behaviours = behaviours;
        queues.put(settings.queue(), new TreeMap<>());
    }

    // ---- channels ----------------------------------------------------------------------------------------------

    /** A leg: the outer channel (dialled, bridged) and, for a Local channel, its inner half running the dialplan. */
    record Leg(Channel outer, Channel inner) {
        List<Channel> both() {
            return inner == null ? List.of(outer) : List.of(outer, inner);
        }
    }

    /** Makes a leg for a dial string: {@code Local/x@ctx} gives two halves ;1 and ;2, anything else one channel. */
    Leg leg(String dial, String linkedid, Call call) {
        String sequence = String.format("%08x", ++channelSequence);
        Leg leg;
        if (dial.startsWith("Local/")) {
            String at = dial.substring("Local/".length());
            int sign = at.indexOf('@');
            String exten = sign < 0 ? at : at.substring(0, sign);
            String context = sign < 0 ? "default" : at.substring(sign + 1);
            Channel outer = new Channel(dial + "-" + sequence + ";1", uniqueid(), linkedid, Channel.DOWN, context, exten);
            Channel inner = new Channel(dial + "-" + sequence + ";2", uniqueid(), outer.linkedid, Channel.RING, context, exten);
            inner.application = "AppDial";
            leg = new Leg(outer, inner);
        } else {
            String endpoint = dial.contains("@") ? dial.substring(dial.indexOf('@') + 1) : dial.substring(dial.indexOf('/') + 1);
            String tech = dial.substring(0, dial.indexOf('/'));
            Channel outer = new Channel(tech + "/" + endpoint + "-" + sequence, uniqueid(), linkedid, Channel.DOWN,
                    "default", extensionOf(dial));
            leg = new Leg(outer, null);
        }
        for (Channel channel : leg.both()) {
            channels.put(channel.name, channel);
            callsByChannel.put(channel.name, call);
        }
        return leg;
    }

    /** A trunk channel for a call coming in from the public network. */
    Channel trunk(String callerNumber, Call call) {
        Channel trunk = new Channel(String.format("PJSIP/trunk-%08x", ++channelSequence), uniqueid(), null,
                Channel.RING, TRUNK_CONTEXT, DID);
        trunk.callerIdNum = callerNumber;
        trunk.callerIdName = "<unknown>";
        trunk.application = "Dial";
        channels.put(trunk.name, trunk);
        callsByChannel.put(trunk.name, call);
        return trunk;
    }

    static String extensionOf(String dial) {
        String rest = dial.substring(dial.indexOf('/') + 1);
        int end = rest.length();
        for (char stop : new char[] {'@', '/', '-'}) {
            int i = rest.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return rest.substring(0, end);
    }

    private String uniqueid() {
        return epoch + "." + (++uniqueSequence);
    }

    /** The channel now belongs to another call (a transferred customer). */
    void adopt(Channel channel, Call call) {
        if (channels.containsKey(channel.name)) {
            callsByChannel.put(channel.name, call);
        }
    }

    Call callOf(String channelName) {
        return callsByChannel.get(channelName);
    }

    Channel channel(String name) {
        return channels.get(name);
    }

    List<Channel> channels() {
        return List.copyOf(channels.values());
    }

    /** Forgets a channel without a word: what a PBX restart does to the calls it had. */
    void clearSilently() {
        for (Call call : new ArrayList<>(callsByChannel.values())) {
            call.cancelPending();
        }
        channels.clear();
        callsByChannel.clear();
    }

    Behaviour behaviourFor(String number) {
        return behaviours.apply(number);
    }

    String recordingFile(Channel channel) {
        return "/var/spool/asterisk/monitor/" + LocalDateTime.now().format(RECORDING_STAMP) + "-" + channel.uniqueid + ".wav";
    }

    Random random() {
        return random;
    }

    ScheduledFuture<?> later(Duration delay, Runnable step) {
        return sim.schedule(step, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    // ---- events --------------------------------------------------------------------------------------------------

    void emit(AmiMessage event) {
        broadcast.accept(event);
    }

    /** The first lines of an event: its name, privilege and (as with {@code timestampevents = yes}) the time. */
    static AmiMessage event(String name, String privilege) {
        Instant now = Instant.now();
        return AmiMessage.event(name).add("Privilege", privilege)
                .add("Timestamp", String.format("%d.%06d", now.getEpochSecond(), now.getNano() / 1000));
    }

    void newchannel(Channel channel) {
        emit(channel.snapshot(event("Newchannel", "call,all"), ""));
    }

    void newstate(Channel channel, int state) {
        if (channel == null) {
            return;
        }
        channel.state = state;
        emit(channel.snapshot(event("Newstate", "call,all"), ""));
    }

    void varSet(Channel channel, String variable, String value) {
        emit(channel.snapshot(event("VarSet", "dialplan,all"), "").add("Variable", variable).add("Value", value));
    }

    void dialBegin(Channel source, Channel destination, String dialString) {
        AmiMessage event = event("DialBegin", "call,all");
        if (source != null) {
            source.snapshot(event, "");
        }
        emit(destination.snapshot(event, "Dest").add("DialString", dialString));
    }

    void dialState(Channel source, Channel destination, String status) {
        AmiMessage event = event("DialState", "call,all");
        if (source != null) {
            source.snapshot(event, "");
        }
        emit(destination.snapshot(event, "Dest").add("DialStatus", status));
    }

    void dialEnd(Channel source, Channel destination, String status) {
        AmiMessage event = event("DialEnd", "call,all");
        if (source != null) {
            source.snapshot(event, "");
        }
        emit(destination.snapshot(event, "Dest").add("DialStatus", status));
    }

    /** Hangs the channel up: a Hangup event, and the channel is gone. */
    void hangup(Channel channel, int cause) {
        if (channel == null || channels.remove(channel.name) == null) {
            return;
        }
        callsByChannel.remove(channel.name);
        emit(channel.snapshot(event("Hangup", "call,all"), "").add("Cause", cause).add("Cause-txt", causeText(cause)));
    }

    static String causeText(int cause) {
        return switch (cause) {
            case 0 -> "Unknown";
            case 1 -> "Unallocated (unassigned) number";
            case 16 -> "Normal Clearing";
            case 17 -> "User busy";
            case 18 -> "No user responding";
            case 19 -> "User alerting, no answer";
            case 21 -> "Call Rejected";
            case 34 -> "Circuit/channel congestion";
            default -> "Unknown";
        };
    }

    String bridgeCreate() {
        String bridge = UUID.randomUUID().toString();
        emit(bridgeFields(event("BridgeCreate", "call,all"), bridge, 0));
        return bridge;
    }

    void bridgeEnter(String bridge, Channel channel, int members) {
        channel.bridge = bridge;
        emit(channel.snapshot(bridgeFields(event("BridgeEnter", "call,all"), bridge, members), ""));
    }

    void bridgeLeave(String bridge, Channel channel, int members) {
        channel.bridge = null;
        emit(channel.snapshot(bridgeFields(event("BridgeLeave", "call,all"), bridge, members), ""));
    }

    void bridgeDestroy(String bridge) {
        emit(bridgeFields(event("BridgeDestroy", "call,all"), bridge, 0));
    }

    private static AmiMessage bridgeFields(AmiMessage event, String bridge, int members) {
        return event.add("BridgeUniqueid", bridge).add("BridgeType", "basic").add("BridgeTechnology", "simple_bridge")
                .add("BridgeCreator", "<unknown>").add("BridgeName", "<unknown>").add("BridgeNumChannels", members)
                .add("BridgeVideoSourceMode", "none");
    }

    /**
     * The outcome of an asynchronous Originate, with the ActionID it was sent with. On success: the operator's real
     * channel and its Uniqueid; on failure: the dial string as the channel and no Uniqueid (AMI-EVENTS.md).
     */
    void originateResponse(String actionId, boolean success, int reason, String channel, Channel made,
                           String context, String exten) {
        AmiMessage event = event("OriginateResponse", "call,all").add("ActionID", actionId)
                .add("Response", success ? "Success" : "Failure").add("Channel", channel).add("Context", context)
                .add("Exten", exten).add("Reason", reason);
        if (made != null) {
            event.add("Uniqueid", made.uniqueid);
        }
        emit(event.add("CallerIDNum", made == null ? "<unknown>" : made.callerIdNum)
                .add("CallerIDName", made == null ? "<unknown>" : made.callerIdName));
    }

    // ---- the queue -----------------------------------------------------------------------------------------------

    /** The members of the queues; an operator's phone joins the simulator's queue the first time it is named. */
    Map<String, Map<String, Member>> queues() {
        return queues;
    }

    /** Whether an interface may be a member: an operator's phone (the channel pattern with any extension). */
    boolean isOperatorInterface(String iface) {
        String pattern = settings.operatorChannel();
        int at = pattern.indexOf("{extension}");
        if (at < 0 || iface == null) {
            return false;
        }
        String prefix = pattern.substring(0, at);
        String suffix = pattern.substring(at + "{extension}".length());
        return iface.length() > prefix.length() + suffix.length() && iface.startsWith(prefix) && iface.endsWith(suffix);
    }

    /** Pauses or unpauses the interface in one queue or (queue null) all of its queues; false if it is in none. */
    boolean pause(String queue, String iface, boolean paused, String reason) {
        if (isOperatorInterface(iface)) {
            queues.get(settings.queue()).computeIfAbsent(iface, i -> new Member());
        }
        boolean found = false;
        for (Map.Entry<String, Map<String, Member>> q : queues.entrySet()) {
            if (queue != null && !queue.equals(q.getKey())) {
                continue;
            }
            Member member = q.getValue().get(iface);
            if (member == null) {
                continue;
            }
            found = true;
            member.paused = paused;
            member.reason = paused && reason != null ? reason : "";
            member.lastPause = paused ? Instant.now().getEpochSecond() : member.lastPause;
            emit(memberFields(event("QueueMemberPause", "agent,all"), q.getKey(), iface, member));
        }
        return found;
    }

    static AmiMessage memberFields(AmiMessage message, String queue, String iface, Member member) {
        return message.add("Queue", queue).add("MemberName", iface).add("Interface", iface)
                .add("StateInterface", iface).add("Membership", "dynamic").add("Penalty", 0).add("CallsTaken", 0)
                .add("LastCall", 0).add("LastPause", member.lastPause).add("LoginTime", 0).add("InCall", 0)
                .add("Status", 1).add("Paused", member.paused ? 1 : 0).add("PausedReason", member.reason)
                .add("Ringinuse", 0).add("Wrapuptime", 0);
    }
}
