package it.callcenter.pbx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One manager connection, as Asterisk serves it: the banner, then actions read and answered in order (Challenge,
 * Login with an MD5 key or the plain secret, Ping, CoreSettings, Command, Events, Logoff here; the call and queue
 * actions on the switchboard's thread, which answers and then emits their events). Nothing but Challenge and Login
 * is accepted before the login. Writes go through one queue and one thread, so responses and events keep their order.
 */
final class AmiSession {

    static final String BANNER = "Asterisk Call Manager/11.0.0";
    static final String VERSION = "22.10.1";
    private static final String CLOSE = "\u0000close";

    private final Socket socket;
    private final PbxSimulator pbx;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private volatile boolean authenticated;
    private volatile boolean events = true;
    private String challenge;

    AmiSession(Socket socket, PbxSimulator pbx) {
        this.socket = socket;
        this.pbx = pbx;
    }

    void start(int number) {
        Thread writer = new Thread(this::write, "ami-writer-" + number);
        writer.setDaemon(true);
        writer.start();
        Thread reader = new Thread(this::read, "ami-reader-" + number);
        reader.setDaemon(true);
        reader.start();
    }

    boolean receivesEvents() {
        return authenticated && events;
    }

    boolean isAuthenticated() {
        return authenticated;
    }

    void send(AmiMessage message) {
        out.add(message.toWire());
    }

    /** Sends a wire-ready event to this session if it logged in with events on (never before the login's answer). */
    synchronized void sendEvent(String wire) {
        if (receivesEvents()) {
            out.add(wire);
        }
    }

    /** Closes the socket at once, with whatever is still queued unsent: a dropped connection. */
    void drop() {
        authenticated = false;
        out.clear();
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed anyway
        }
        pbx.closed(this);
    }

    /** Closes the connection once what is queued is written (a Logoff, a shutdown). */
    void closeAfterQueued() {
        out.add(CLOSE);
    }

    private void read() {
        try {
            out.add(BANNER + "\r\n");
            AmiReader reader = new AmiReader(socket.getInputStream());
            AmiMessage action;
            while ((action = reader.read()) != null) {
                handle(action);
            }
        } catch (IOException e) {
            // the peer went away or the connection was dropped
        } finally {
            drop();
        }
    }

    private void write() {
        try (OutputStream stream = new BufferedOutputStream(socket.getOutputStream())) {
            while (!socket.isClosed()) {
                String next = out.take();
                if (CLOSE.equals(next)) {
                    stream.flush();
                    break;
                }
                stream.write(next.getBytes(StandardCharsets.UTF_8));
                if (out.isEmpty()) {
                    stream.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // dropped
        } finally {
            drop();
        }
    }

    private void handle(AmiMessage action) throws IOException {
        String name = action.actionName();
        String actionId = action.get("ActionID");
        if (name == null) {
            send(AmiMessage.response("Error", actionId).add("Message", "Missing action in request"));
            return;
        }
        pbx.record(action);
        switch (name) {
            case "challenge" -> challenge(action, actionId);
            case "login" -> login(action, actionId);
            case "logoff" -> {
                send(AmiMessage.response("Goodbye", actionId).add("Message", "Thanks for all the fish."));
                closeAfterQueued();
            }
            default -> {
                if (!authenticated) {
                    send(AmiMessage.response("Error", actionId).add("Message", "Authentication Required"));
                    return;
                }
                afterLogin(name, action, actionId);
            }
        }
    }

    private void afterLogin(String name, AmiMessage action, String actionId) {
        switch (name) {
            case "ping" -> send(AmiMessage.response("Success", actionId).add("Ping", "Pong")
                    .add("Timestamp", String.format(Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0)));
            case "coresettings" -> send(AmiMessage.response("Success", actionId).add("AMIversion", "11.0.0")
                    .add("AsteriskVersion", VERSION).add("SystemName", "").add("CoreMaxCalls", 0)
                    .add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "asterisk").add("CoreRunGroup", "asterisk")
                    .add("CoreMaxFilehandles", 0).add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "Yes")
                    .add("CoreHTTPenabled", "No").add("SoundsSearchCustomDir", "No"));
            case "command" -> command(action, actionId);
            case "events" -> {
                String mask = action.find("EventMask").orElse("on").toLowerCase(Locale.ROOT);
                events = !"off".equals(mask);
                send(AmiMessage.response("Success", actionId).add("Events", events ? "On" : "Off"));
            }
            case "originate", "hangup", "redirect", "queuepause", "queuestatus", "coreshowchannels" ->
                    pbx.onSwitchboard(this, name, action, actionId);
            default -> send(AmiMessage.response("Error", actionId).add("Message", "Invalid/unknown command"));
        }
    }

    private void challenge(AmiMessage action, String actionId) {
        if (!"md5".equalsIgnoreCase(action.get("AuthType"))) {
            send(AmiMessage.response("Error", actionId).add("Message", "Must specify AuthType"));
            return;
        }
        challenge = String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
        send(AmiMessage.response("Success", actionId).add("Challenge", challenge));
    }

    private void login(AmiMessage action, String actionId) {
        SimulatorSettings settings = pbx.settings();
        boolean userOk = settings.username().equals(action.get("Username"));
        boolean secretOk;
        if ("md5".equalsIgnoreCase(action.get("AuthType"))) {
            secretOk = challenge != null && md5(challenge + settings.secret()).equalsIgnoreCase(action.find("Key").orElse(""));
        } else {
            secretOk = settings.secret().equals(action.get("Secret"));
        }
        if (!userOk || !secretOk) {
            try {
                Thread.sleep(settings.authFailureDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(AmiMessage.response("Error", actionId).add("Message", "Authentication failed"));
            closeAfterQueued();
            return;
        }
        String mask = action.get("Events");
        events = mask == null || !"off".equalsIgnoreCase(mask);
        synchronized (this) {
            send(AmiMessage.response("Success", actionId).add("Message", "Authentication accepted"));
            authenticated = true;
        }
        if (events) {
            send(Switchboard.event("FullyBooted", "system,all").add("Uptime", 120).add("LastReload", 120)
                    .add("Status", "Fully Booted"));
        }
    }

    private void command(AmiMessage action, String actionId) {
        String command = action.find("Command").orElse("").strip().toLowerCase(Locale.ROOT);
        if (command.startsWith("core show version")) {
            send(AmiMessage.response("Success", actionId).add("Message", "Command output follows")
                    .add("Output", "Asterisk " + VERSION + " built by simulator @ callcenter on a x86_64 running Linux"));
        } else {
            send(AmiMessage.response("Success", actionId).add("Message", "Command output follows")
                    .add("Output", "No such command '" + command + "' (type 'core show help " + command + "' for other possible commands)"));
        }
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
