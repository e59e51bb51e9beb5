package it.callcenter.simulators;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.Map;

/**
 * A real SMTP server on 127.0.0.1 (GreenMail, in this process) that keeps every message it is sent, for the tests to
 * read and for the demo, so that nothing the application sends leaves the machine.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP on 127.0.0.1:{@code port} (0: any free port). */
    public static MailServer start(int port) {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The settings that point the application's mail session at this server (system properties). */
    public Map<String, String> serverSettings() {
        return Map.of("callcenter.mail.host", "127.0.0.1", "callcenter.mail.port", String.valueOf(port()));
    }

    /** Every message received so far, in the order it came. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Forgets every message received. */
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "SMTP server (GreenMail) on 127.0.0.1:" + port();
    }
}
