package it.callcenter.simulators;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real SMTP and IMAP server on 127.0.0.1 (GreenMail, in this process) that keeps every message it is sent, for the
 * tests to read and for the demo, so that nothing the application sends leaves the machine.
 *
 * <p>It also plays the remote mail servers' part in bounces: an e-mail to a recipient of {@value #FAILING_DOMAIN}
 * is refused after it was accepted (a delivery status notification, RFC 3464, {@code Action: failed},
 * {@code Status: 5.1.1}, "user unknown"), and one to {@value #DELAYED_DOMAIN} is delayed ({@code Action: delayed},
 * {@code Status: 4.4.1}); the report goes to the e-mail's envelope sender (its Return-Path) a moment later. An
 * address {@code local+tag@domain} (the application's VERP bounce address) lands in the mailbox of
 * {@code local@domain}: the bounce mailbox {@value #BOUNCE_ADDRESS} (login {@value #BOUNCE_LOGIN}), read over IMAP.
 */
public final class MailServer implements AutoCloseable {

    /** Recipients of this domain do not exist: a 5.1.1 failure report comes back. */
    public static final String FAILING_DOMAIN = "fail.test";
    /** Recipients of this domain are not reached yet: a 4.4.1 delay report comes back (the e-mail stays sent). */
    public static final String DELAYED_DOMAIN = "delay.test";
    /** The mailbox the bounces come to; the application sends as {@code bounces+<message>@…} (VERP). */
    public static final String BOUNCE_ADDRESS = "bounces@bounces.callcenter.test";
    public static final String BOUNCE_LOGIN = "bounces";
    public static final String BOUNCE_PASSWORD = "bouncesdemo";
    private static final String REPORTING_MTA = "mx.callcenter.test";
    private static final long REPORT_DELAY_MILLIS = 300;
    private static final Logger LOG = Logger.getLogger(MailServer.class.getName());

    private final GreenMail greenMail;
    private final ScheduledExecutorService reports = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mail-dsn");
        thread.setDaemon(true);
        return thread;
    });
    private final Session session = Session.getInstance(new Properties());
    private final java.util.concurrent.atomic.AtomicLong reportsMade = new java.util.concurrent.atomic.AtomicLong();

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP on 127.0.0.1:{@code port} (0: any free port) and IMAP on any free port. */
    public static MailServer start(int port) {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort();
        GreenMail greenMail = new GreenMail(new ServerSetup[] {port == 0 ? smtp.dynamicPort() : smtp, imap});
        greenMail.start();
        MailServer server = new MailServer(greenMail);
        greenMail.setUser(BOUNCE_ADDRESS, BOUNCE_LOGIN, BOUNCE_PASSWORD);
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler(server.new Delivery(users.getMessageDeliveryHandler()));
        return server;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /**
     * The settings that point the application's mail session at this server (system properties): SMTP, the VERP
     * bounce address and the bounce mailbox over IMAP.
     */
    public Map<String, String> serverSettings() {
        return Map.of("callcenter.mail.host", "127.0.0.1", "callcenter.mail.port", String.valueOf(port()),
                "callcenter.mail.bounce-address", BOUNCE_ADDRESS,
                "callcenter.mail.bounce-host", "127.0.0.1", "callcenter.mail.bounce-port", String.valueOf(imapPort()),
                "callcenter.mail.bounce-username", BOUNCE_LOGIN, "callcenter.mail.bounce-password", BOUNCE_PASSWORD);
    }

    /** Every message received so far, in the order it came (the bounce mailbox's included). */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** What waits in the bounce mailbox now (the application deletes each report it applied). */
    public List<MimeMessage> bounceMailbox() {
        return greenMail.findReceivedMessages(u -> u.getLogin().equals(BOUNCE_LOGIN), m -> true).toList();
    }

    /** The delivery reports made so far (failures and delays). */
    public long reportsMade() {
        return reportsMade.get();
    }

    /** Puts a message of any shape in the bounce mailbox (a test's unreadable bounce). */
    public void deliverToBounceMailbox(String rawMessage) {
        try {
            bounceUser().deliver(new MimeMessage(session,
                    new ByteArrayInputStream(rawMessage.getBytes(StandardCharsets.UTF_8))));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets every message received. */
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private GreenMailUser bounceUser() {
        return greenMail.getUserManager().getUser(BOUNCE_LOGIN);
    }

    /** The report a remote server would send for {@code message} to {@code recipient}, to its envelope sender. */
    private void report(MimeMessage message, String returnPath, String recipient, boolean permanent) {
        try {
            String boundary = "dsn-" + UUID.randomUUID();
            String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
            String status = permanent ? "5.1.1" : "4.4.1";
            String diagnostic = permanent
                    ? "smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown in virtual mailbox table"
                    : "smtp; 451 4.4.1 <" + recipient + ">: Connection timed out, will retry";
            StringBuilder headers = new StringBuilder();
            for (String line : Collections.list(message.getAllHeaderLines())) {
                headers.append(line).append("\r\n");
            }
            String raw = "From: Mail Delivery System <MAILER-DAEMON@" + REPORTING_MTA + ">\r\n"
                    + "To: <" + returnPath + ">\r\n"
                    + "Subject: " + (permanent ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)") + "\r\n"
                    + "Date: " + now + "\r\n"
                    + "Message-ID: <" + UUID.randomUUID() + "@" + REPORTING_MTA + ">\r\n"
                    + "Auto-Submitted: auto-replied\r\n"
                    + "MIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"\r\n"
                    + "\r\n"
                    + "--" + boundary + "\r\n"
                    + "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
                    + "This is the mail system at host " + REPORTING_MTA + ".\r\n\r\n"
                    + (permanent ? "I'm sorry to have to inform you that your message could not be delivered to one or more\r\n"
                    + "recipients. It's attached below.\r\n" : "Your message could not be delivered for a while. It will be\r\n"
                    + "retried until it is 5 days old.\r\n")
                    + "\r\n<" + recipient + ">: " + diagnostic.substring(6) + "\r\n\r\n"
                    + "--" + boundary + "\r\n"
                    + "Content-Description: Delivery report\r\n"
                    + "Content-Type: message/delivery-status\r\n\r\n"
                    + "Reporting-MTA: dns; " + REPORTING_MTA + "\r\n"
                    + "X-Postfix-Queue-ID: " + Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT) + "\r\n"
                    + "Arrival-Date: " + now + "\r\n\r\n"
                    + "Final-Recipient: rfc822; " + recipient + "\r\n"
                    + "Original-Recipient: rfc822;" + recipient + "\r\n"
                    + "Action: " + (permanent ? "failed" : "delayed") + "\r\n"
                    + "Status: " + status + "\r\n"
                    + "Remote-MTA: dns; mx." + recipient.substring(recipient.indexOf('@') + 1) + "\r\n"
                    + "Diagnostic-Code: " + diagnostic + "\r\n"
                    + (permanent ? "" : "Will-Retry-Until: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusDays(5)) + "\r\n")
                    + "\r\n"
                    + "--" + boundary + "\r\n"
                    + "Content-Description: Undelivered Message Headers\r\n"
                    + "Content-Type: text/rfc822-headers\r\n\r\n"
                    + headers
                    + "\r\n--" + boundary + "--\r\n";
            GreenMailUser to = mailboxOf(returnPath);
            if (to == null) {
                LOG.warning(() -> "No mailbox for the bounce to " + returnPath + "; dropped");
                return;
            }
            to.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            reportsMade.incrementAndGet();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The delivery report for " + recipient + " was not made", e);
        }
    }

    /** The mailbox of an address, {@code local+tag@domain} being {@code local@domain}'s; null when nobody has it. */
    private GreenMailUser mailboxOf(String address) {
        UserManager users = greenMail.getUserManager();
        GreenMailUser user = users.getUserByEmail(address);
        int plus = address.indexOf('+');
        int at = address.indexOf('@');
        if (user == null && plus > 0 && plus < at) {
            user = users.getUserByEmail(address.substring(0, plus) + address.substring(at));
        }
        return user;
    }

    @Override
    public void close() {
        reports.shutdownNow();
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "SMTP server (GreenMail) on 127.0.0.1:" + port() + ", IMAP on 127.0.0.1:" + imapPort();
    }

    /** Delivers as GreenMail does, but a VERP address to its base mailbox and, for the reserved domains, a report later. */
    private final class Delivery implements MessageDeliveryHandler {

        private final MessageDeliveryHandler standard;

        Delivery(MessageDeliveryHandler standard) {
            this.standard = standard;
        }

        @Override
        public GreenMailUser handle(MovingMessage message, MailAddress to)
                throws MessagingException, com.icegreen.greenmail.user.UserException {
            String domain = to.getHost() == null ? "" : to.getHost().toLowerCase(Locale.ROOT);
            MailAddress returnPath = message.getReturnPath();
            if ((domain.equals(FAILING_DOMAIN) || domain.equals(DELAYED_DOMAIN)) && returnPath != null
                    && returnPath.getEmail() != null && !returnPath.getEmail().isBlank()) {
                MimeMessage copy = new MimeMessage(message.getMessage());
                String recipient = to.getEmail();
                boolean permanent = domain.equals(FAILING_DOMAIN);
                reports.schedule(() -> report(copy, returnPath.getEmail(), recipient, permanent), REPORT_DELAY_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
            GreenMailUser verp = to.getUser() != null && to.getUser().contains("+") ? mailboxOf(to.getEmail()) : null;
            return verp != null ? verp : standard.handle(message, to);
        }
    }
}
