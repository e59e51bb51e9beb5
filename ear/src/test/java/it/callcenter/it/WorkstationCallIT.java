package it.callcenter.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.callcenter.pbx.Behaviour;
import it.callcenter.pbx.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Telephony on the operator's screens, against the test server's PBX simulator: click-to-dial on the workstation shows
 * the call ringing, answered with a running talk timer, and ended, pushed without a reload; a refusal (do-not-call)
 * shows beside the bar; the party card lists the call; an inbound call pops its caller's card on any page, an unknown
 * number the quick-create form prefilled; an appointment's party dialled from the agenda and from its card, and hung
 * up; the pause and back. Each test has operators (extensions 62xx) of its own.
 */
@ExtendWith(TestServer.class)
class WorkstationCallIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger EXTENSIONS = new AtomicInteger(6200);

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final PbxSimulator pbx = TestServer.pbx();
    private final String run = "wc" + System.nanoTime() % 10_000_000;
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        TelephonyIT.awaitTelephony("UP", Duration.ofSeconds(15));
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** An operator of this test with a phone (its extension); signed in in the browser. */
    private String operator(String name) {
        String username = run + name;
        QueueIT.operator(admin, username);
        TestUsers.extension(username, String.valueOf(EXTENSIONS.incrementAndGet()));
        return username;
    }

    private static String extension(String username) {
        return (String) TestUsers.query("SELECT extension FROM app_user WHERE username = ?", username).get(0).get(0);
    }

    /** The operator signs in, opens the workstation and takes the next customer: the held entry's phone and party. */
    private List<Object> nextCustomerOnTheWorkstation(String username) {
        browser.loginSuccessfully(username, QueueIT.PASSWORD);
        browser.open("/operator/workstation.xhtml");
        awaitCallsChannel();
        browser.click(By.id("waiting:next"));
        browser.await(By.id("bar:partyName"));
        return TestUsers.query("SELECT phone, party_id FROM campaign_entry WHERE held_by = ? AND state = 'HELD'", username).get(0);
    }

    private void awaitCallsChannel() {
        await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(((JavascriptExecutor) browser.driver)
                .executeScript("return document.body.dataset.callsLive;")));
    }

    @Test
    void clickToDialShowsTheCallRingingAnsweredAndEndedAndThePartyCardListsIt() {
        String username = operator("a");
        QueueIT.activeCampaign(admin, supervisor, "Chiamate " + run, 1, "SHARED", username);
        List<Object> held = nextCustomerOnTheWorkstation(username);
        String phone = (String) held.get(0);
        long partyId = ((Number) held.get(1)).longValue();
        pbx.behaviour(phone, Behaviour.answer(Duration.ofMillis(1500), Duration.ofMillis(3500)));

        browser.click(By.id("call:dial"));
        browser.awaitText(By.id("callState"), "Squilla il telefono del cliente");
        browser.awaitText(By.id("callState"), "In conversazione");
        await().atMost(Duration.ofSeconds(5)).until(() -> browser.driver.findElement(By.id("talkTimer")).getText().matches("0:0[1-9]"));
        assertTrue(browser.driver.findElement(By.id("call:hangup")).isDisplayed(), "hang-up while the call lasts");
        browser.screenshots("workstation-call");
        browser.awaitText(By.id("callState"), "Terminata");
        browser.awaitText(By.id("call:callDisposition"), "Risposto");
        browser.awaitText(By.id("call:callTalk"), "di conversazione");
        assertTrue(browser.driver.findElement(By.id("call:dial")).isEnabled(), "the next call may be dialled");

        // the number is barred meanwhile: the same compliance as POST /calls, the reason beside the bar
        assertEquals(201, supervisor.post("/dnc", JSON.createObjectNode().put("number", phone).put("source", "INTERNAL").toString()).status());
        browser.click(By.id("call:dial"));
        browser.awaitText(By.id("call:callError"), "lista da non chiamare");

        // the party card's call log
        browser.open("/registry/party.xhtml?id=" + partyId);
        By row = By.cssSelector("[id='calls:callLog_data'] tr");
        browser.awaitText(row, "Risposto");
        String text = browser.driver.findElement(row).getText();
        assertTrue(text.contains("In uscita") && text.contains(username) && text.contains("0:03"), text);
        assertTrue(browser.driver.findElement(By.cssSelector("[id='calls:callLog_data'] .call-recording")).getText().endsWith(".wav"), text);

        // the privacy export has the call log beside the queue's attempts, neither hiding the other
        com.fasterxml.jackson.databind.JsonNode areas = supervisor.download("/parties/" + partyId + "/export").json().get("otherAreas");
        assertEquals("ANSWERED", areas.get("callLog").get(0).get("disposition").asText(), areas.toString());
        assertTrue(areas.get("attempts").isArray(), areas.toString());
    }

    @Test
    void aBlindTransferFromTheCallBarPopsTheCustomersCardOnTheColleaguesScreen() {
        String olga = operator("t1");
        String piero = operator("t2");
        QueueIT.activeCampaign(admin, supervisor, "Trasferimenti " + run, 1, "SHARED", olga);
        try (Browser colleague = new Browser()) {
            colleague.loginSuccessfully(piero, QueueIT.PASSWORD);
            colleague.open("/operator/today.xhtml");
            await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(((JavascriptExecutor) colleague.driver)
                    .executeScript("return document.body.dataset.callsLive;")));

            List<Object> held = nextCustomerOnTheWorkstation(olga);
            long partyId = ((Number) held.get(1)).longValue();
            String name = supervisor.get("/parties/" + partyId).json().get("displayName").asText();
            pbx.behaviour((String) held.get(0), Behaviour.answer(Duration.ofMillis(500), Duration.ofSeconds(20)));

            browser.click(By.id("call:dial"));
            browser.awaitText(By.id("callState"), "In conversazione");
            browser.type(By.id("call:transferTo"), "nessuno");
            browser.click(By.id("call:transfer"));
            browser.awaitText(By.id("call:callError"), "interno di un operatore o un numero");
            browser.type(By.id("call:transferTo"), extension(piero));
            browser.click(By.id("call:transfer"));
            browser.awaitText(By.id("callState"), "Terminata");

            colleague.awaitText(By.id("popName"), name);
            assertTrue(colleague.driver.findElement(By.id("callPopForm:popOpen")).getAttribute("href").contains("id=" + partyId));
            browser.open("/registry/party.xhtml?id=" + partyId);
            browser.awaitText(By.cssSelector("[id='calls:callLog_data']"), "Trasferita a " + extension(piero));
        }
    }

    @Test
    void anInboundCallPopsTheCallersCardOnAnyPageAndAnUnknownNumberTheQuickCreate() {
        String username = operator("b");
        String mobile = PartiesIT.newMobile();
        ObjectNode person = PartiesIT.person("Chiamante", "Pop" + run, mobile);
        Api.Reply created = supervisor.post("/parties", person.toString());
        assertEquals(201, created.status(), created.body());
        long partyId = created.json().get("id").asLong();
        String name = supervisor.get("/parties/" + partyId).json().get("displayName").asText();

        browser.loginSuccessfully(username, QueueIT.PASSWORD);
        browser.open("/operator/today.xhtml");
        awaitCallsChannel();
        pbx.inbound(mobile.replace(" ", ""), extension(username), Duration.ofSeconds(2), Duration.ofSeconds(1));
        browser.awaitText(By.id("popName"), name);
        assertTrue(browser.driver.findElement(By.id("callPopForm:popOpen")).getAttribute("href").contains("id=" + partyId));

        // an unknown number, on the workstation: the pop offers the new party, its phone filled in
        browser.open("/operator/workstation.xhtml");
        awaitCallsChannel();
        String unknown = "06" + (10_000_000 + Math.abs(System.nanoTime() % 89_999_999));
        PbxSimulator.Inbound ringing = pbx.inbound(unknown, extension(username), null, Duration.ZERO);
        browser.await(By.id("callPopForm:popCreate"));
        browser.awaitText(By.id("callState"), "Chiamata in arrivo");
        String href = browser.driver.findElement(By.id("callPopForm:popCreate")).getAttribute("href");
        assertTrue(href.contains("type=PERSON") && href.contains("phone=%2B39" + unknown), href);
        ringing.abandon();
        browser.awaitText(By.id("callState"), "Terminata");
        browser.driver.get(href);
        String value = browser.await(By.id("party:contacts:0:value")).getAttribute("value");
        assertEquals(unknown, value.replaceAll("[^0-9]", "").replaceFirst("^39", ""), value);
    }

    @Test
    void anAppointmentsPartyIsDialledFromTheAgendaAndFromItsCard() {
        String username = operator("d");
        String mobile = PartiesIT.newMobile();
        Api.Reply created = supervisor.post("/parties", PartiesIT.person("Appuntamento", "Carta" + run, mobile).toString());
        assertEquals(201, created.status(), created.body());
        long partyId = created.json().get("id").asLong();
        String agent = AgendaIT.newAgent();
        AgendaIT.created(supervisor.post("/appointments", AgendaIT.booking(partyId, agent, AgendaIT.future(4, 10), 60)));
        pbx.behaviour("+39" + mobile.replace(" ", ""), Behaviour.busy());

        // the appointment's phone button on the agenda dials its party
        browser.loginSuccessfully(username, QueueIT.PASSWORD);
        browser.open("/agenda/agenda.xhtml?agent=" + agent + "&date=" + AgendaIT.future(4, 10).substring(0, 10));
        awaitCallsChannel();
        By button = By.xpath("//a[contains(@class,'fc-event')][contains(., 'Carta" + run + "')]//button[contains(@class,'app-agenda-dial')]");
        browser.click(button);
        browser.awaitText(By.id("callState"), "Terminata");
        browser.awaitText(By.id("agendaCall:callDisposition"), "Occupato");
        assertTrue(browser.driver.getCurrentUrl().contains("agenda.xhtml"), "the button dials, it does not open the card");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestUsers.query("SELECT disposition FROM call WHERE party_id = ? AND operator = ?",
                partyId, username).equals(List.of(List.of("BUSY"))));

        // the event opens the party's card: its phones are dialled from there too
        browser.open("/registry/party.xhtml?id=" + partyId);
        awaitCallsChannel();

        // answered this time: the operator hangs up
        pbx.behaviour("+39" + mobile.replace(" ", ""), Behaviour.answer(Duration.ofMillis(300), Duration.ofSeconds(60)));
        browser.click(By.id("dial:phones:0:dialNumber"));
        browser.awaitText(By.id("callState"), "In conversazione");
        browser.click(By.id("dial:hangup"));
        browser.awaitText(By.id("callState"), "Terminata");
        browser.awaitText(By.id("dial:callDisposition"), "Risposto");
    }

    @Test
    void thePauseTakesAReasonShowsOnTheBoardAndEnds() {
        String username = operator("c");
        browser.loginSuccessfully(username, QueueIT.PASSWORD);
        browser.open("/operator/workstation.xhtml");
        browser.pickSelectOne("call:pauseReason", "Pranzo");
        browser.click(By.id("call:pauseButton"));
        browser.await(By.id("pausedBadge"));
        assertEquals(List.of(List.of("PAUSED", "LUNCH")), TestUsers.query("SELECT state, pause_reason FROM operator_presence WHERE username = ?", username));
        browser.click(By.id("waiting:next"));
        browser.awaitText(By.id("waiting:reasonText"), "Sei in pausa");
        browser.click(By.id("call:resume"));
        browser.await(By.id("call:pauseButton"));
        assertEquals("IDLE", TestUsers.query("SELECT state FROM operator_presence WHERE username = ?", username).get(0).get(0));
    }
}
