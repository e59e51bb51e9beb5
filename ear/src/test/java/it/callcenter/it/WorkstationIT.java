package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's workstation in the browser, with a supervisor's board open in a second browser: the next customer
 * with the card and the script, outcomes by their keys (a callback for me that "Oggi" lists, an appointment the
 * agent's calendar shows), one screen without scrolling at 1440×900, a reload that keeps the customer, the board
 * following the operator without a reload. Each test has operators and a campaign of its own.
 */
@ExtendWith(TestServer.class)
class WorkstationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String SCRIPT = "Buongiorno, sono {operatore} di Prova Energia: la chiamo per la nuova offerta luce.";

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "ws" + System.nanoTime() % 10_000_000;
    private Browser operator;
    private Browser board;

    @BeforeEach
    void openBrowser() {
        operator = new Browser();
    }

    @AfterEach
    void closeBrowsers() {
        operator.close();
        if (board != null) {
            board.close();
        }
    }

    @Test
    void anOperatorWorksCustomersByKeysAndTheBoardFollowsWithoutAReload() {
        String username = run + "a";
        QueueIT.operator(admin, username);
        long campaign = QueueIT.activeCampaign(admin, supervisor, "Postazione " + run, 3, "SHARED", username);
        script(campaign);
        String agent = AgendaIT.newAgent();

        board = new Browser();
        board.loginSuccessfully("supervisor", "demo");
        board.open("/supervisor/board.xhtml");
        By state = By.id("state-" + username);
        board.awaitText(state, "Non collegato");

        operator.loginSuccessfully(username, QueueIT.PASSWORD);
        board.awaitText(state, "Libero");
        desk(operator);
        operator.open("/operator/workstation.xhtml");
        operator.await(By.id("waiting:next"));
        key("n");

        // the first customer: the card, the script, the number; the board says the operator holds a customer
        String first = operator.await(By.id("bar:partyName")).getText();
        assertTrue(first.startsWith("Campagna"), first);
        operator.awaitText(By.id("scriptText"), "la chiamo per la nuova offerta luce");
        assertTrue(operator.driver.findElement(By.id("bar:phone")).getText().startsWith("+39 3"), "a readable mobile number");
        assertEquals(first.split(" ")[0], operator.driver.findElement(By.id("desk:lastName")).getAttribute("value"));
        board.awaitText(state, "Con un cliente");
        assertEquals(0, verticalOverflow(), "the workstation fits 1440×900 without scrolling");
        org.openqa.selenium.WebElement timer = operator.driver.findElement(By.id("timer"));
        await().atMost(Duration.ofSeconds(5)).until(() -> timer.getText().matches("0:0[1-9]"));
        operator.screenshots("workstation");
        desk(operator);

        operator.driver.navigate().refresh();
        operator.awaitText(By.id("bar:partyName"), first);

        // a callback for me, by its key: its form opens, Enter records it; "Oggi" lists it
        key("3");
        operator.await(By.id("desk:callbackTime_input"));
        ZonedDateTime at = ZonedDateTime.now(AgendaIT.ROME).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        replace(By.id("desk:callbackDay_input"), at.format(DAY));
        replace(By.id("desk:callbackTime_input"), at.format(TIME));
        operator.driver.findElement(By.id("desk:callbackTime_input")).sendKeys(Keys.ESCAPE);
        key(Keys.ENTER);
        operator.awaitText(By.id("waiting:lastOutcome"), "Esito registrato: Da richiamare, richiamata il " + at.format(DAY)
                + " " + at.format(TIME));
        board.awaitText(state, "Libero");
        assertEquals(List.of(List.of("CALLBACK", username)), TestUsers.query("SELECT state, callback_for FROM campaign_entry"
                + " WHERE campaign_id = ? AND state = 'CALLBACK'", campaign));

        // the second: no answer, by its key alone
        key(Keys.ENTER);
        String second = operator.await(By.id("bar:partyName")).getText();
        assertTrue(!second.equals(first), second);
        board.awaitText(state, "Con un cliente");
        key("1");
        operator.awaitText(By.id("waiting:lastOutcome"), "Esito registrato: Non risponde.");

        // the third: an appointment with the agent, at the customer's address; the agent's calendar shows it
        key("n");
        String third = operator.await(By.id("bar:partyName")).getText();
        key("6");
        LocalDate day = LocalDate.now(AgendaIT.ROME).plusDays(3);
        operator.pickSelectOne("desk:agent", "Test " + agent);
        replace(By.id("desk:appointmentDay_input"), day.format(DAY));
        replace(By.id("desk:appointmentTime_input"), "11:30");
        operator.driver.findElement(By.id("desk:confirm")).click();
        operator.awaitText(By.id("waiting:lastOutcome"), "Esito registrato: Appuntamento.");
        assertEquals(List.of(List.of("NO_ANSWER"), List.of("CALLBACK"), List.of("APPOINTMENT")), TestUsers.query(
                "SELECT outcome FROM entry_attempt WHERE operator = ? ORDER BY outcome DESC", username));

        operator.open("/operator/today.xhtml");
        operator.awaitText(By.id("callbacks:table"), first);
        operator.awaitText(By.id("callbacks:table"), at.format(TIME));
        operator.screenshots("today");

        operator.open("/agenda/agenda.xhtml?agent=" + agent + "&date=" + day);
        operator.await(By.xpath("//a[contains(@class,'fc-event')][contains(., '" + third.split(" ")[0] + "')]"));

        board.awaitText(By.id("board:outcomes"), "Appuntamento");
        JsonNode today = supervisor.get("/operators/board/outcomes").json().get("byOutcome");
        board.awaitText(By.cssSelector("#outcomeFigures li[data-code='APPOINTMENT'] strong"), today.get("APPOINTMENT").asText());
        board.screenshots("board");
    }

    @Test
    void aCallbackDueNowIsTakenFromOggiAndASavedCardEditOverAnotherIsRefused() {
        String username = run + "b";
        Api api = QueueIT.operator(admin, username);
        long campaign = QueueIT.activeCampaign(admin, supervisor, "Richiamate " + run, 1, "SHARED", username);
        JsonNode next = json(api.raw("POST", "/queue/next", "application/json", "").body());
        long entry = next.get("entryId").asLong();
        String due = java.time.Instant.now().plusSeconds(2).toString();
        Api.Reply callback = api.post("/queue/entries/" + entry + "/outcome",
                "{\"outcome\":\"CALLBACK\",\"callbackAt\":\"" + due + "\",\"callbackFor\":\"ME\"}");
        assertEquals(200, callback.status(), callback.body());
        String name = next.get("party").get("displayName").asText();

        operator.loginSuccessfully(username, QueueIT.PASSWORD);
        operator.awaitUrlContains("/operator/today.xhtml");
        operator.awaitText(By.id("callbacks:table"), name);
        By take = By.id("callbacks:table:0:take");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            operator.open("/operator/today.xhtml");
            return operator.await(take).isEnabled();
        });
        operator.clickAndAwaitNewPage(take);
        operator.awaitText(By.id("bar:partyName"), name);
        operator.await(By.id("bar:callbackFlag"));

        // someone else saves the card meanwhile: the operator's save is refused, not written over it
        long party = next.get("party").get("id").asLong();
        ObjectNode card = (ObjectNode) supervisor.get("/parties/" + party).json();
        card.put("note", "Cambiata dal supervisore");
        assertEquals(200, supervisor.put("/parties/" + party, card.toString()).status());
        operator.type(By.id("desk:cardNote"), "Cambiata dall'operatore");
        operator.driver.findElement(By.id("desk:save")).click();
        operator.await(Browser.growl("Qualcun altro ha modificato questi dati nel frattempo: ricarica e ripeti la modifica."));
        assertEquals("Cambiata dal supervisore", supervisor.get("/parties/" + party).json().get("note").asText());
        operator.driver.findElement(By.id("desk:reload")).click();
        operator.awaitAjax();
        assertEquals("Cambiata dal supervisore", operator.driver.findElement(By.id("desk:cardNote")).getAttribute("value"));
        operator.type(By.id("desk:cardNote"), "Richiamato come promesso");
        operator.driver.findElement(By.id("desk:save")).click();
        operator.await(Browser.growl("Scheda salvata."));
        assertEquals("Richiamato come promesso", supervisor.get("/parties/" + party).json().get("note").asText());

        operator.driver.findElement(By.id("bar:release")).click();
        operator.await(By.id("waiting:next"));
        assertEquals(List.of(List.of("CALLBACK")), TestUsers.query("SELECT state FROM campaign_entry WHERE id = ?", entry),
                "given back, it is a callback again");
    }

    @Test
    void theBoardsWebsocketOpensOnlyToASignedInUser() {
        URI channel = URI.create(TestServer.baseUrl().replaceFirst("^http", "ws") + "/jakarta.faces.push/board");
        CompletionException refused = assertThrows(CompletionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().buildAsync(channel, new WebSocket.Listener() { }).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, refused.toString());
        assertEquals(302, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode(),
                "sent to the login page, as any page is");
    }

    /** The page as a desk shows it: a 1440×900 window. */
    private static void desk(Browser browser) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1440,
                "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    private long verticalOverflow() {
        return ((Number) ((JavascriptExecutor) operator.driver).executeScript(
                "return document.scrollingElement.scrollHeight - window.innerHeight;")).longValue();
    }

    /** Types over what a field holds (a date picker fills its field again when it is cleared). */
    private void replace(By field, String text) {
        operator.await(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** A key pressed on the page, outside any field, as an operator presses it. */
    private void key(CharSequence key) {
        operator.awaitAjax();
        new Actions(operator.driver).sendKeys(key).perform();
        operator.awaitAjax();
    }

    private void script(long campaign) {
        long version = supervisor.get("/campaigns/" + campaign).json().get("version").asLong();
        ObjectNode edit = JSON.createObjectNode().put("name", "Postazione " + run).put("script", SCRIPT).put("version", version);
        Api.Reply saved = supervisor.put("/campaigns/" + campaign, edit.toString());
        assertEquals(200, saved.status(), saved.body());
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
