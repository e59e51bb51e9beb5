package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.callcenter.simulators.MailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static it.callcenter.it.MessageFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mail bounces end to end: a campaign's e-mails leave with a VERP envelope sender ({@code bounces+<id>@…}); GreenMail
 * takes them, and for the reserved domains sends back a delivery report (RFC 3464) to that address, in the bounce
 * mailbox; the job {@code messaging.bounces} reads it over IMAP: the failure (5.1.1) fails its message with the remote
 * server's diagnostic, the delay (4.4.1) leaves its message sent, both reports leave the mailbox; a mail that is no
 * report stays there and does not stop the job.
 */
@ExtendWith(TestServer.class)
class EmailBouncesIT {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private final MessageFixture f = new MessageFixture("Rimbalzo");

    @Test
    void aFailureReportFailsTheEmailWithItsDiagnosticAndADelayLeavesItSent() throws Exception {
        String run = f.run.toLowerCase();
        String failing = "anna." + run + "@" + MailServer.FAILING_DOMAIN;
        String delayed = "bruno." + run + "@" + MailServer.DELAYED_DOMAIN;
        String reached = "carla." + run + "@example.com";
        for (String address : List.of(failing, delayed, reached)) {
            ObjectNode party = f.person(address.substring(0, 1).toUpperCase() + address.substring(1, address.indexOf('.')),
                    "Rimbalzo", MessageFixture.mobile(), "marketing", "promotions");
            MessageFixture.email(party, address, true);
            f.create(party);
        }
        String strayTag = "Fuori ufficio " + run;
        TestServer.mail().deliverToBounceMailbox("From: <anna@example.com>\r\nTo: <" + MailServer.BOUNCE_ADDRESS + ">\r\n"
                + "Subject: " + strayTag + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nSono in ferie fino a lunedi.\r\n");
        long reportsBefore = TestServer.mail().reportsMade();

        long campaign = f.createCampaign(f.campaign("EMAIL", "PROMOTIONS", "Offerta per {nome}", "Gentile {nome}, uno sconto per lei."));
        f.send(campaign);

        // GreenMail takes all three, each from the envelope sender that names its message
        for (String address : List.of(failing, delayed, reached)) {
            MimeMessage mail = Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(200))
                    .until(() -> TestServer.mail().received().stream().filter(m -> to(m).equals(address)).findFirst().orElse(null),
                            m -> m != null);
            String id = single("SELECT id FROM message WHERE campaign_id = ? AND address = ?", campaign, address);
            assertEquals("<bounces+" + id + "@bounces.callcenter.test>", mail.getHeader("Return-Path")[0], address);
        }
        Awaitility.await().atMost(A_MINUTE).until(() -> TestServer.mail().reportsMade() >= reportsBefore + 2);

        Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(250)).until(() -> "FAILED".equals(
                single("SELECT state FROM message WHERE campaign_id = ? AND address = ?", campaign, failing)));
        assertEquals("BOUNCE 5.1.1 550 5.1.1 <" + failing + ">: Recipient address rejected: User unknown in virtual"
                        + " mailbox table",
                single("SELECT failure FROM message WHERE campaign_id = ? AND address = ?", campaign, failing));
        // both reports applied and gone from the mailbox; the mail that is no report stays
        Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(250)).until(() -> TestServer.mail().bounceMailbox()
                .stream().noneMatch(m -> header(m, "To").contains("+")));
        assertEquals("SENT", single("SELECT state FROM message WHERE campaign_id = ? AND address = ?", campaign, delayed),
                "a delay is no failure");
        assertEquals("SENT", single("SELECT state FROM message WHERE campaign_id = ? AND address = ?", campaign, reached));
        assertTrue(TestServer.mail().bounceMailbox().stream().anyMatch(m -> header(m, "Subject").equals(strayTag)),
                "the mail that is no delivery report is left for a person");
        String lastResult = single("SELECT last_result FROM background_job WHERE name = 'messaging.bounces'");
        assertTrue(lastResult.matches("\\d+ failed, .*"), "the job goes on: " + lastResult);

        JsonNode figures = f.supervisor.get("/messages/campaigns/" + campaign).json();
        assertEquals(1, figures.get("failed").asLong(), figures.toString());
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? "" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
