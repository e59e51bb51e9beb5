package it.callcenter.messaging.mail;

import it.callcenter.messaging.Bounce;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delivery status notification (RFC 3464): a {@code multipart/report; report-type=delivery-status} whose
 * {@code message/delivery-status} part has the per-recipient fields ({@code Final-Recipient}, {@code Action},
 * {@code Status}, {@code Diagnostic-Code}); the message it reports on is the one its VERP address names
 * ({@code bounces+<id>@…}, in {@code Delivered-To}, {@code X-Original-To} or {@code To}) or the one whose Message-ID the
 * returned headers carry. Anything else (an auto-reply, a report without a recipient's action, a report of nothing of
 * ours) is {@link Unreadable}.
 */
final class DeliveryReport {

    private static final String[] ADDRESSED_TO = {"Delivered-To", "X-Original-To", "Envelope-To", "To"};
    private static final int REASON_MAX = 200;

    private DeliveryReport() {
    }

    /** A mail that is not a delivery report this application can apply; {@code getMessage()} says why. */
    static final class Unreadable extends Exception {
        Unreadable(String why) {
            super(why);
        }
    }

    /** Reads {@code message}, which came to the bounce mailbox of VERP address {@code bounceAddress}. */
    static Bounce read(Message message, String bounceAddress) throws MessagingException, IOException, Unreadable {
        Long messageId = verpId(message, bounceAddress);
        if (!message.isMimeType("multipart/report")) {
            throw new Unreadable("not a multipart/report but " + message.getContentType());
        }
        if (!(message.getContent() instanceof Multipart parts)) {
            throw new Unreadable("a report without parts");
        }
        Map<String, String> recipient = null;
        String mailMessageId = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                recipient = firstRecipient(text(part));
            } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")
                    || part.isMimeType("message/rfc822-headers")) {
                String[] ids = new InternetHeaders(new ByteArrayInputStream(text(part).getBytes(StandardCharsets.UTF_8)))
                        .getHeader("Message-ID");
                mailMessageId = ids == null || ids.length == 0 ? null : ids[0].strip();
            }
        }
        if (recipient == null) {
            throw new Unreadable("no message/delivery-status part with a recipient's Action and Status");
        }
        if (messageId == null && mailMessageId == null) {
            throw new Unreadable("neither a VERP address nor the returned Message-ID name the message");
        }
        String action = recipient.get("action").toLowerCase(Locale.ROOT);
        String status = recipient.get("status");
        boolean failed = action.equals("failed") && status.startsWith("5");
        String diagnostic = recipient.getOrDefault("diagnostic-code", "");
        int semicolon = diagnostic.indexOf(';');
        if (semicolon >= 0 && semicolon < 10) {
            diagnostic = diagnostic.substring(semicolon + 1).strip();
        }
        String reason = ("BOUNCE " + status + (diagnostic.isEmpty() ? "" : " " + diagnostic)).replaceAll("\\s+", " ");
        String finalRecipient = recipient.getOrDefault("final-recipient", "");
        if (finalRecipient.toLowerCase(Locale.ROOT).startsWith("rfc822;")) {
            finalRecipient = finalRecipient.substring(7).strip();
        }
        return new Bounce(messageId, mailMessageId, finalRecipient, failed, status,
                reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason);
    }

    /** The message id in {@code local+<id>@domain} of the bounce address, among the addresses the mail came to. */
    static Long verpId(Message message, String bounceAddress) throws MessagingException {
        if (bounceAddress == null || bounceAddress.indexOf('@') < 1) {
            return null;
        }
        int at = bounceAddress.indexOf('@');
        Pattern verp = Pattern.compile(Pattern.quote(bounceAddress.substring(0, at)) + "\\+(\\d{1,18})@"
                + Pattern.quote(bounceAddress.substring(at + 1)), Pattern.CASE_INSENSITIVE);
        for (String header : ADDRESSED_TO) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Matcher m = verp.matcher(value);
                if (m.find()) {
                    return Long.valueOf(m.group(1));
                }
            }
        }
        Address[] to = message.getAllRecipients();
        if (to != null) {
            for (Address address : to) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    Matcher m = verp.matcher(internet.getAddress());
                    if (m.matches()) {
                        return Long.valueOf(m.group(1));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The first per-recipient group of a {@code message/delivery-status} body that has an Action and a Status, its
     * field names in lower case (folded lines joined); null when none has.
     */
    static Map<String, String> firstRecipient(String body) {
        List<Map<String, String>> groups = new ArrayList<>();
        Map<String, String> group = new LinkedHashMap<>();
        String last = null;
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!group.isEmpty()) {
                    groups.add(group);
                    group = new LinkedHashMap<>();
                }
                last = null;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                group.put(last, group.get(last) + " " + line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    group.put(last, line.substring(colon + 1).strip());
                }
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups.stream().filter(g -> g.containsKey("action") && g.containsKey("status")
                && g.get("status").matches("[245]\\.\\d{1,3}\\.\\d{1,3}.*")).findFirst().orElse(null);
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
