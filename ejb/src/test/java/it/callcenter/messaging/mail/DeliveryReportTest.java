package it.callcenter.messaging.mail;

import it.callcenter.messaging.Bounce;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryReportTest {

    private static final String BOUNCES = "bounces@bounces.example.com";

    @Test
    void aFailureReportNamesItsMessageByTheVerpAddressWithStatusAndDiagnostic() throws Exception {
        Bounce bounce = DeliveryReport.read(mail(report("bounces+4711@bounces.example.com", "failed", "5.1.1",
                "smtp; 550 5.1.1 <anna@fail.test>: Recipient address rejected:\r\n    User unknown", "<abc@callcenter>")), BOUNCES);
        assertEquals(4711L, bounce.messageId());
        assertEquals("<abc@callcenter>", bounce.mailMessageId());
        assertEquals("anna@fail.test", bounce.recipient());
        assertTrue(bounce.failed());
        assertEquals("BOUNCE 5.1.1 550 5.1.1 <anna@fail.test>: Recipient address rejected: User unknown", bounce.reason());
    }

    @Test
    void aDelayIsNoFailure() throws Exception {
        Bounce bounce = DeliveryReport.read(mail(report("bounces+12@bounces.example.com", "delayed", "4.4.1",
                "smtp; 451 4.4.1 timed out", "<d@callcenter>")), BOUNCES);
        assertFalse(bounce.failed());
        assertEquals("4.4.1", bounce.status());
    }

    @Test
    void withoutTheVerpAddressTheReturnedMessageIdNamesTheMessage() throws Exception {
        Bounce bounce = DeliveryReport.read(mail(report("postmaster@elsewhere.example", "failed", "5.2.2",
                "smtp; 552 mailbox full", "<m1@callcenter>")), BOUNCES);
        assertNull(bounce.messageId());
        assertEquals("<m1@callcenter>", bounce.mailMessageId());
        assertTrue(bounce.failed());
    }

    @Test
    void anAutoReplyIsUnreadable() throws Exception {
        MimeMessage reply = mail("From: anna@example.com\r\nTo: bounces+5@bounces.example.com\r\nSubject: Out of office\r\n"
                + "Content-Type: text/plain\r\n\r\nI am away until Monday.\r\n");
        assertThrows(DeliveryReport.Unreadable.class, () -> DeliveryReport.read(reply, BOUNCES));
    }

    @Test
    void aReportWithoutARecipientsActionIsUnreadable() throws Exception {
        MimeMessage broken = mail(report("bounces+5@bounces.example.com", "failed", "5.1.1", "x", "<x@y>")
                .replace("Action: failed\r\n", ""));
        assertThrows(DeliveryReport.Unreadable.class, () -> DeliveryReport.read(broken, BOUNCES));
    }

    static String report(String to, String action, String status, String diagnostic, String messageId) {
        return "From: MAILER-DAEMON@mx.example\r\nTo: <" + to + ">\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/plain\r\n\r\nSorry.\r\n\r\n"
                + "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
                + "Final-Recipient: rfc822; anna@fail.test\r\nAction: " + action + "\r\nStatus: " + status + "\r\n"
                + "Diagnostic-Code: " + diagnostic + "\r\n\r\n"
                + "--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + messageId + "\r\nSubject: Offerta\r\n\r\n"
                + "--B--\r\n";
    }

    private static MimeMessage mail(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
