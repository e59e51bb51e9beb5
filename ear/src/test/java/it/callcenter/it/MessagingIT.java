package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.callcenter.simulators.SmscSimulator;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static it.callcenter.it.MessageFixture.single;
import static it.callcenter.it.MessageFixture.smsc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messages end to end over real TCP: the application's SMPP client against the test SMSC (jsmpp, 127.0.0.1) and its
 * mail session against GreenMail's SMTP. Who each campaign leaves out and why (exact counts on parties only the test
 * made), the receipts moving each message to delivered or failed, a STOP reply withdrawing the consents, a busy centre
 * throttling and every message still taken once, an e-mail's subject, body and unsubscribe link, the birthday run
 * twice in a day sending once.
 */
@ExtendWith(TestServer.class)
class MessagingIT {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final Duration A_MINUTE = Duration.ofSeconds(60);

    private final MessageFixture f = new MessageFixture("Messaggi");
    private final SmscSimulator smsc = TestServer.smsc();

    @Test
    void aPromotionReachesWhoConsentedEachExclusionIsCountedAndTheReceiptsSetEachState() throws Exception {
        String anna = MessageFixture.mobile();
        String undeliverable = "338 555 00" + String.format("%02d", 98);
        String blocked = MessageFixture.mobile();
        String marketingOnly = MessageFixture.mobile();
        String promotionsOnly = MessageFixture.mobile();
        long annaId = f.create(f.person("Anna", "Rossi", anna, "marketing", "promotions"));
        long lostId = f.create(f.person("Bruno", "Lontano", undeliverable, "marketing", "promotions"));
        f.create(f.person("Carla", "Bloccata", blocked, "marketing", "promotions"));
        f.create(f.person("Dario", "Solomarketing", marketingOnly, "marketing"));
        f.create(f.person("Elena", "Solopromozioni", promotionsOnly, "promotions"));
        ObjectNode noMobile = MessageFixture.JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Senzacellulare "
                + f.run).put("vatNumber", CampaignsIT.newVatNumber());
        noMobile.putObject("address").put("street", "Frazione 2").put("comuneIstat", CampaignsIT.ALLEIN).put("postalCode", "11010");
        noMobile.putObject("consents").put("marketing", true).put("promotions", true);
        noMobile.putArray("interests").add(f.run);
        noMobile.putArray("contacts").addObject().put("kind", "PHONE").put("value", "0165 123456");
        MessageFixture.email(noMobile, "franco." + f.run.toLowerCase() + "@example.com", true);
        f.create(noMobile);
        Api.Reply dnc = f.supervisor.post("/dnc", "{\"number\":\"" + blocked + "\",\"source\":\"INTERNAL\"}");
        assertEquals(201, dnc.status(), dnc.body());

        long campaign = f.createCampaign(f.campaign("SMS", "PROMOTIONS", null, "Ciao {nome}, per te il 20% di sconto questo mese!"));
        JsonNode preview = f.preview(campaign);
        assertEquals(2, preview.get("count").asLong(), preview.toString());
        assertEquals(2, preview.get("excluded").get("noConsent").asLong(), "promotions need both consents: " + preview);
        assertEquals(1, preview.get("excluded").get("doNotCall").asLong(), preview.toString());
        assertEquals(1, preview.get("excluded").get("noAddress").asLong(), preview.toString());
        assertEquals(2, preview.get("segments").asLong(), "one segment each, the STOP line included: " + preview);

        f.send(campaign);
        JsonNode done = f.awaitDone(campaign, A_MINUTE);
        assertEquals(2, done.get("total").asLong(), done.toString());
        assertEquals(1, done.get("delivered").asLong(), done.toString());
        assertEquals(1, done.get("failed").asLong(), done.toString());
        assertEquals(0, done.get("queued").asLong(), done.toString());

        List<SmscSimulator.Received> toAnna = smsc.receivedBy(smsc(anna));
        assertEquals(1, toAnna.size(), toAnna.toString());
        assertEquals("Ciao Anna, per te il 20% di sconto questo mese!\nRispondi STOP per non ricevere altri SMS",
                toAnna.get(0).text());
        assertEquals(0, toAnna.get(0).dataCoding(), "GSM 7-bit");
        for (String excluded : List.of(blocked, marketingOnly, promotionsOnly)) {
            assertTrue(smsc.receivedBy(smsc(excluded)).isEmpty(), excluded + " was sent a message");
        }
        assertEquals("DELIVERED", single("SELECT state FROM message WHERE campaign_id = ? AND party_id = ?", campaign, annaId));
        assertEquals("FAILED", single("SELECT state FROM message WHERE campaign_id = ? AND party_id = ?", campaign, lostId));
        String reason = single("SELECT failure FROM message WHERE campaign_id = ? AND party_id = ?", campaign, lostId);
        assertTrue(reason.contains("UNDELIV"), reason);

        Api.Download xlsx = f.supervisor.download("/messages/campaigns/" + campaign + "/report.xlsx");
        assertEquals(200, xlsx.status(), "the campaign's report by carrier");
        List<List<String>> cells = ReportsIT.cells(xlsx.body());
        assertTrue(cells.stream().anyMatch(row -> row.contains("TIM")), cells.toString());
        Api.Download pdf = f.supervisor.download("/messages/campaigns/" + campaign + "/report.pdf");
        assertEquals(200, pdf.status());
        String printed = ReportsIT.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(printed.contains("Campagna di messaggi") && printed.contains(done.get("name").asText()), printed);
        assertTrue(printed.contains("TIM 2 1 1 0 2"), "TIM: 2 messages, 1 delivered, 1 failed, none waiting, 2 segments: " + printed);
        assertEquals(404, f.supervisor.download("/reports/message-campaign.pdf?campaign=" + campaign).status(),
                "printed from its campaign only");
        JsonNode timeline = f.supervisor.get("/parties/" + annaId + "/timeline").json();
        boolean onTimeline = false;
        for (JsonNode event : timeline) {
            onTimeline |= "MESSAGE".equals(event.get("kind").asText()) && event.get("text").asText().contains(done.get("name").asText());
        }
        assertTrue(onTimeline, "the message is on Anna's timeline: " + timeline);
    }

    @Test
    void anAccentOutsideTheGsmAlphabetMakesTheSmsUcs2AndDoublesItsSegments() {
        long latin = f.create(f.person("Stefano", "Rossi", MessageFixture.mobile(), "marketing", "promotions"));
        long romanian = f.create(f.person("Ștefan", "Popescu", MessageFixture.mobile(), "marketing", "promotions"));
        String template = "Gentile {nome}, la sua offerta di primavera è pronta: passi in negozio entro venerdì!";
        ObjectNode campaign = f.campaign("SMS", "PROMOTIONS", null, template);

        JsonNode gsm = sample(campaign, latin);
        assertEquals("GSM7", gsm.get("encoding").asText(), gsm.toString());
        assertEquals(1, gsm.get("segments").asInt(), gsm.toString());
        JsonNode ucs2 = sample(campaign, romanian);
        assertEquals("UCS2", ucs2.get("encoding").asText(), "Ș is not in GSM 03.38: " + ucs2);
        assertEquals(2, ucs2.get("segments").asInt(), ucs2.get("characters") + " characters over 70: " + ucs2);

        JsonNode preview = f.preview(f.createCampaign(campaign));
        assertEquals(2, preview.get("count").asLong(), preview.toString());
        assertEquals(3, preview.get("segments").asLong(), "one GSM segment and two UCS-2 ones: " + preview);
    }

    @Test
    void aStopReplyWithdrawsTheMessageConsentsWithTheirHistory() throws Exception {
        String mobile = MessageFixture.mobile();
        long id = f.create(f.person("Giorgio", "Basta", mobile, "marketing", "promotions", "birthday", "welcome"));
        long before = f.preview(f.createCampaign(f.campaign("SMS", "PROMOTIONS", null, "Offerta per {nome}"))).get("count").asLong();
        assertEquals(1, before);

        Awaitility.await().atMost(A_MINUTE).until(smsc::bound);
        smsc.replyFrom("+" + smsc(mobile), "393400000000", "Stop, grazie");

        JsonNode consents = Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(200))
                .until(() -> f.supervisor.get("/parties/" + id).json().get("consents"), c -> !c.get("promotions").asBoolean());
        assertFalse(consents.get("birthday").asBoolean(), consents.toString());
        assertFalse(consents.get("welcome").asBoolean(), consents.toString());
        assertTrue(consents.get("marketing").asBoolean(), "a STOP to SMS leaves the calls' consent: " + consents);
        assertEquals("3", single("SELECT count(*) FROM consent_change WHERE party_id = ? AND source = 'SMS_STOP'"
                + " AND NOT granted", id));
        assertEquals("1", single("SELECT count(*) FROM message_opt_out WHERE party_id = ? AND source = 'SMS_STOP'", id));

        JsonNode after = f.preview(f.createCampaign(f.campaign("SMS", "PROMOTIONS", null, "Offerta per {nome}")));
        assertEquals(0, after.get("count").asLong(), after.toString());
        assertEquals(1, after.get("excluded").get("noConsent").asLong(), after.toString());
        JsonNode service = f.preview(f.createCampaign(f.campaign("SMS", "SERVICE", null, "Il suo ordine è pronto, {nome}")));
        assertEquals(1, service.get("count").asLong(), "service messages need no consent: " + service);
    }

    @Test
    void aBusyCentreThrottlesAndEveryMessageIsStillTakenExactlyOnce() throws Exception {
        long template = f.create(f.person("Ilaria", "Molti", MessageFixture.mobile(), "marketing", "promotions"));
        int first = MessageFixture.copies(template, 150) - 150;
        long campaign = f.createCampaign(f.campaign("SMS", "PROMOTIONS", null, "Ciao {nome}, saldi!"));
        assertEquals(151, f.preview(campaign).get("count").asLong());
        long failing = java.util.stream.IntStream.range(first, first + 150).filter(n -> n % 100 >= 97).count();
        long throttledBefore = smsc.throttled();
        smsc.limitTo(20);
        try {
            f.send(campaign);
            JsonNode done = f.awaitDone(campaign, Duration.ofMinutes(3));
            assertEquals(151 - failing, done.get("delivered").asLong(), done.toString());
            assertEquals(failing, done.get("failed").asLong(), "the numbers ending in 97, 98, 99: " + done);
        } finally {
            smsc.limitTo(TestServer.SMSC_PER_SECOND);
        }
        assertTrue(smsc.throttled() > throttledBefore, "the centre refused submits over its limit");
        for (int n = first; n < first + 150; n++) {
            assertEquals(n % 100 == 99 ? 0 : 1, smsc.receivedBy(MessageFixture.copyNumber(n)).size(), "number " + n);
        }
        assertEquals("0", single("SELECT count(*) FROM message WHERE campaign_id = ? AND attempts > 1", campaign),
                "a throttled submit is no failed attempt");
    }

    @Test
    void aMarketingEmailArrivesWithSubjectBodyAndAnUnsubscribeLinkThatWithdrawsTheConsent() throws Exception {
        String address = "giulia." + f.run.toLowerCase() + "@example.com";
        ObjectNode giulia = f.person("Giulia", "Esposito", MessageFixture.mobile(), "marketing", "promotions");
        MessageFixture.email(giulia, address, true);
        long giuliaId = f.create(giulia);
        ObjectNode noEmailConsent = f.person("Luca", "Riservato", MessageFixture.mobile(), "marketing", "promotions");
        MessageFixture.email(noEmailConsent, "luca." + f.run.toLowerCase() + "@example.com", false);
        f.create(noEmailConsent);
        f.create(f.person("Marta", "Senzaemail", MessageFixture.mobile(), "marketing", "promotions"));

        long campaign = f.createCampaign(f.campaign("EMAIL", "PROMOTIONS", "Un'offerta per {nome}",
                "Gentile {nome} {cognome},\nle riserviamo uno sconto del 20% fino a fine mese."));
        JsonNode preview = f.preview(campaign);
        assertEquals(1, preview.get("count").asLong(), preview.toString());
        assertEquals(1, preview.get("excluded").get("noConsent").asLong(), "the address's own consent: " + preview);
        assertEquals(1, preview.get("excluded").get("noAddress").asLong(), preview.toString());
        f.send(campaign);

        MimeMessage mail = Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(200))
                .until(() -> TestServer.mail().received().stream().filter(m -> to(m).equals(address)).findFirst().orElse(null),
                        m -> m != null);
        assertEquals("Un'offerta per Giulia", mail.getSubject());
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertTrue(body.startsWith("Gentile Giulia Esposito,\nle riserviamo uno sconto del 20% fino a fine mese."), body);
        Matcher link = Pattern.compile("(http://\\S+/api/public/unsubscribe\\?token=\\S+)").matcher(body);
        assertTrue(link.find(), body);
        assertEquals("<" + link.group(1) + ">", mail.getHeader("List-Unsubscribe")[0]);
        assertTrue(TestServer.mail().received().stream().noneMatch(m -> to(m).startsWith("luca." + f.run.toLowerCase())),
                "no e-mail to who did not consent");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"unsubscribe\""), page.body());
        assertTrue(emailConsent(giuliaId), "opening the link alone unsubscribes nobody");
        HttpResponse<String> unsubscribed = http.send(HttpRequest.newBuilder(URI.create(link.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        assertFalse(emailConsent(giuliaId), "the button withdrew the address's e-mail consent");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(link.group(1) + "x")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, forged.statusCode());

        JsonNode again = f.preview(f.createCampaign(f.campaign("EMAIL", "PROMOTIONS", "Di nuovo", "Ciao {nome}")));
        assertEquals(0, again.get("count").asLong(), again.toString());
        assertEquals(2, again.get("excluded").get("noConsent").asLong(), again.toString());
    }

    @Test
    void theBirthdayRunTwiceInADaySendsOnceAndOnlyWithTheBirthdayConsent() throws Exception {
        LocalDate today = LocalDate.now(ITALY);
        LocalDate born = today.getMonthValue() == 2 && today.getDayOfMonth() == 29 ? today.minusYears(28) : today.minusYears(30);
        String wished = MessageFixture.mobile();
        String notWished = MessageFixture.mobile();
        long wishedId = f.create(f.person("Paola", "Festeggiata", wished, "birthday").put("birthDate", born.toString()));
        long notWishedId = f.create(f.person("Piero", "Riservato", notWished, "marketing", "promotions")
                .put("birthDate", born.toString()));

        JsonNode automation = f.supervisor.get("/messages/automations").json();
        JsonNode birthday = null;
        for (JsonNode a : automation) {
            if ("BIRTHDAY".equals(a.get("kind").asText())) {
                birthday = a;
            }
        }
        ObjectNode change = MessageFixture.JSON.createObjectNode().put("active", true).put("channel", "SMS").put("language", "it")
                .put("subject", "Auguri").put("template", "Tanti auguri {nome}!").put("sendAt", "23:59")
                .put("version", birthday.get("version").asLong());
        Api.Reply changed = f.supervisor.put("/messages/automations/BIRTHDAY", change.toString());
        assertEquals(200, changed.status(), changed.body());
        try {
            Api.Reply first = f.supervisor.post("/messages/automations/BIRTHDAY/run", "");
            assertEquals(200, first.status(), first.body());
            Api.Reply second = f.supervisor.post("/messages/automations/BIRTHDAY/run", "");
            assertEquals(200, second.status(), second.body());
            Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                    single("SELECT max(state) FROM message WHERE automation = 'BIRTHDAY' AND party_id = ?", wishedId)));
        } finally {
            JsonNode now = f.supervisor.get("/messages/automations").json();
            for (JsonNode a : now) {
                if ("BIRTHDAY".equals(a.get("kind").asText())) {
                    f.supervisor.put("/messages/automations/BIRTHDAY", change.put("active", false)
                            .put("version", a.get("version").asLong()).toString());
                }
            }
        }
        List<SmscSimulator.Received> wishes = smsc.receivedBy(smsc(wished));
        assertEquals(1, wishes.size(), wishes.toString());
        assertTrue(wishes.get(0).text().startsWith("Tanti auguri Paola!"), wishes.get(0).text());
        assertEquals("1", single("SELECT count(*) FROM message WHERE automation = 'BIRTHDAY' AND party_id = ?", wishedId));
        assertEquals("0", single("SELECT count(*) FROM message WHERE party_id = ?", notWishedId), "no birthday consent");
        assertTrue(smsc.receivedBy(smsc(notWished)).isEmpty());
    }

    @Test
    void theDayBeforeAnAppointmentItsPartyGetsAReminderWithoutConsentAndAWelcomeGoesOnlyWithItsConsent() throws Exception {
        String reminded = MessageFixture.mobile();
        long remindedId = f.create(f.person("Rita", "Promemoria", reminded));
        String agent = AgendaIT.newAgent();
        LocalDate tomorrow = LocalDate.now(ITALY).plusDays(1);
        AgendaIT.created(f.supervisor.post("/appointments", "{\"partyId\":" + remindedId + ",\"agent\":\"" + agent
                + "\",\"start\":\"" + AgendaIT.future(1, 16) + "\",\"durationMinutes\":30,\"place\":\"Sede di Aosta\"}"));
        change("APPOINTMENT_REMINDER", true, "SMS",
                "Gentile {nome} {cognome}, domani {data_appuntamento} alle {ora_appuntamento} presso {luogo_appuntamento}.");
        try {
            for (int run = 0; run < 2; run++) {
                Api.Reply ran = f.supervisor.post("/messages/automations/APPOINTMENT_REMINDER/run", "");
                assertEquals(200, ran.status(), ran.body());
            }
            Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                    single("SELECT max(state) FROM message WHERE automation = 'APPOINTMENT_REMINDER' AND party_id = ?", remindedId)));
        } finally {
            change("APPOINTMENT_REMINDER", false, "SMS", null);
        }
        List<SmscSimulator.Received> reminders = smsc.receivedBy(smsc(reminded));
        assertEquals(1, reminders.size(), "a service message needs no consent, and goes once: " + reminders);
        assertEquals("Gentile Rita Promemoria, domani " + tomorrow.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.ITALIAN))
                + " alle 16:00 presso Sede di Aosta.", reminders.get(0).text());

        change("WELCOME", true, "EMAIL", "Benvenuto {nome}, grazie per averci scelto.");
        try {
            ObjectNode welcomed = f.person("Walter", "Benvenuto", MessageFixture.mobile(), "welcome");
            String address = "walter." + f.run.toLowerCase() + "@example.com";
            MessageFixture.email(welcomed, address, true);
            long welcomedId = f.create(welcomed);
            ObjectNode notWelcomed = f.person("Wanda", "Riservata", MessageFixture.mobile(), "marketing");
            MessageFixture.email(notWelcomed, "wanda." + f.run.toLowerCase() + "@example.com", true);
            long notWelcomedId = f.create(notWelcomed);
            Api.Reply ran = f.supervisor.post("/messages/automations/WELCOME/run", "");
            assertEquals(200, ran.status(), ran.body());
            MimeMessage mail = Awaitility.await().atMost(A_MINUTE).pollInterval(Duration.ofMillis(200))
                    .until(() -> TestServer.mail().received().stream().filter(m -> to(m).equals(address)).findFirst().orElse(null),
                            m -> m != null);
            assertTrue(((String) mail.getContent()).startsWith("Benvenuto Walter, grazie per averci scelto."));
            Api.Reply again = f.supervisor.post("/messages/automations/WELCOME/run", "");
            assertEquals(200, again.status(), again.body());
            assertEquals("1", single("SELECT count(*) FROM message WHERE automation = 'WELCOME' AND party_id = ?", welcomedId));
            assertEquals("0", single("SELECT count(*) FROM message WHERE party_id = ?", notWelcomedId), "no welcome consent");
        } finally {
            change("WELCOME", false, "EMAIL", null);
        }
    }

    /** Turns an automation on or off (its text kept when {@code template} is null). */
    private void change(String kind, boolean active, String channel, String template) {
        JsonNode current = null;
        for (JsonNode a : f.supervisor.get("/messages/automations").json()) {
            if (kind.equals(a.get("kind").asText())) {
                current = a;
            }
        }
        ObjectNode change = MessageFixture.JSON.createObjectNode().put("active", active).put("channel", channel)
                .put("language", "it").put("subject", current.get("subject").asText())
                .put("template", template != null ? template : current.get("template").asText()).put("sendAt", "23:59")
                .put("version", current.get("version").asLong());
        Api.Reply changed = f.supervisor.put("/messages/automations/" + kind, change.toString());
        assertEquals(200, changed.status(), changed.body());
    }

    private JsonNode sample(ObjectNode campaign, long party) {
        Api.Reply sample = f.supervisor.post("/messages/campaigns/sample?partyId=" + party, campaign.toString());
        assertEquals(200, sample.status(), sample.body());
        return sample.json();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean emailConsent(long party) {
        for (JsonNode contact : f.supervisor.get("/parties/" + party).json().get("contacts")) {
            if ("EMAIL".equals(contact.get("kind").asText())) {
                return contact.get("emailConsent").asBoolean();
            }
        }
        throw new AssertionError("no e-mail on party " + party);
    }
}
