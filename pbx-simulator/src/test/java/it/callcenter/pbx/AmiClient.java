package it.callcenter.pbx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A bare AMI client over a socket, for testing what the simulator writes, line by line. */
final class AmiClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<AmiMessage> received = new LinkedBlockingQueue<>();
    final String banner;
    private volatile boolean ended;

    AmiClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        out = socket.getOutputStream();
        AmiReader reader = new AmiReader(socket.getInputStream());
        banner = reader.readLine();
        Thread thread = new Thread(() -> {
            try {
                AmiMessage message;
                while ((message = reader.read()) != null) {
                    received.add(message);
                }
            } catch (IOException e) {
                // closed
            } finally {
                ended = true;
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    void send(AmiMessage action) {
        try {
            out.write(action.toWire().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in with the MD5 challenge, as Asterisk-Java does. */
    void login(String username, String secret) {
        send(new AmiMessage().add("Action", "Challenge").add("AuthType", "MD5").add("ActionID", "c1"));
        String challenge = next(m -> "c1".equals(m.get("ActionID"))).get("Challenge");
        send(new AmiMessage().add("Action", "Login").add("Username", username).add("AuthType", "MD5")
                .add("Key", AmiSession.md5(challenge + secret)).add("ActionID", "l1"));
        AmiMessage answer = next(m -> "l1".equals(m.get("ActionID")));
        if (!"Success".equals(answer.get("Response"))) {
            throw new IllegalStateException("login refused: " + answer);
        }
    }

    /** The next message that matches, skipping others; fails after 10 s. */
    AmiMessage next(Predicate<AmiMessage> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                AmiMessage message = received.poll(100, TimeUnit.MILLISECONDS);
                if (message != null && wanted.test(message)) {
                    return message;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no such message within 10 s");
    }

    /** Every event up to and including the first that matches {@code last}. */
    List<AmiMessage> eventsUntil(Predicate<AmiMessage> last) {
        List<AmiMessage> events = new ArrayList<>();
        while (true) {
            AmiMessage event = next(m -> m.eventName() != null);
            events.add(event);
            if (last.test(event)) {
                return events;
            }
        }
    }

    boolean ended() {
        return ended;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
