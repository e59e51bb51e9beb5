package it.callcenter.pbx;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The manager actions that touch calls and queues, as Asterisk answers them: Originate (queued at once, the call then
 * played by {@link OutboundCall}), Hangup and Redirect of a channel, QueuePause and QueueStatus, CoreShowChannels with
 * its list events. Each runs on the simulator's thread, answers first, and its events follow.
 */
final class SwitchboardActions {

    private final Switchboard board;

    SwitchboardActions(Switchboard board) {
        this.board = board;
    }

    /** Answers the action, then plays it: its events follow the answer. */
    void handle(AmiSession session, String name, AmiMessage action, String actionId) {
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

}
