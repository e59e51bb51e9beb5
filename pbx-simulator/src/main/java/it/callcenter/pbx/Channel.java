package it.callcenter.pbx;

import java.time.Instant;

/**
 * A channel of the simulated PBX, with the snapshot fields Asterisk 22 puts in every channel event
 * ({@code Channel}, {@code ChannelState}, caller id, dialplan position, {@code Uniqueid}, {@code Linkedid}). Touched only
 * on the simulator's own thread.
 */
final class Channel {

    static final int DOWN = 0;
    static final int RING = 4;
    static final int RINGING = 5;
    static final int UP = 6;
    static final int BUSY = 7;

    final String name;
    final String uniqueid;
    final String linkedid;
    final Instant created = Instant.now();
    int state;
    String context;
    String exten;
    int priority = 1;
    String callerIdNum = "<unknown>";
    String callerIdName = "<unknown>";
    String connectedLineNum = "<unknown>";
    String connectedLineName = "<unknown>";
    String application = "AppDial";
    String applicationData = "(Outgoing Line)";
    String bridge;

    Channel(String name, String uniqueid, String linkedid, int state, String context, String exten) {
        this.name = name;
        this.uniqueid = uniqueid;
        this.linkedid = linkedid == null ? uniqueid : linkedid;
        this.state = state;
        this.context = context;
        this.exten = exten;
    }

    static String stateDescription(int state) {
        return switch (state) {
            case DOWN -> "Down";
            case RING -> "Ring";
            case RINGING -> "Ringing";
            case UP -> "Up";
            case BUSY -> "Busy";
            default -> "Unknown";
        };
    }

    /** The snapshot lines, each key prefixed (empty, or {@code Dest} for the far end of a dial). */
    AmiMessage snapshot(AmiMessage message, String prefix) {
        return message.add(prefix + "Channel", name)
                .add(prefix + "ChannelState", state)
                .add(prefix + "ChannelStateDesc", stateDescription(state))
                .add(prefix + "CallerIDNum", callerIdNum)
                .add(prefix + "CallerIDName", callerIdName)
                .add(prefix + "ConnectedLineNum", connectedLineNum)
                .add(prefix + "ConnectedLineName", connectedLineName)
                .add(prefix + "Language", "en")
                .add(prefix + "AccountCode", "")
                .add(prefix + "Context", context)
                .add(prefix + "Exten", exten)
                .add(prefix + "Priority", priority)
                .add(prefix + "Uniqueid", uniqueid)
                .add(prefix + "Linkedid", linkedid);
    }

    /** The caller id of an Originate's {@code CallerID}: {@code "Name" <number>}, or a bare number. */
    void callerId(String callerId) {
        if (callerId == null || callerId.isBlank()) {
            return;
        }
        int open = callerId.indexOf('<');
        int close = callerId.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            callerIdNum = callerId.substring(open + 1, close).strip();
            String name = callerId.substring(0, open).strip();
            if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
                name = name.substring(1, name.length() - 1);
            }
            callerIdName = name.isEmpty() ? "<unknown>" : name;
        } else {
            callerIdNum = callerId.strip();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
