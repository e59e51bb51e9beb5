package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 in the browser: a supervisor reads where a campaign's names are and releases an absent operator's names on
 * the campaign's page; an operator books an appointment by picking a slot the workstation proposes for the customer's
 * comune, which lands in the agent's calendar.
 */
@ExtendWith(TestServer.class)
class CampaignToolsBrowserIT {

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "sb" + System.nanoTime() % 10_000_000;
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSupervisorReadsTheSummaryAndReleasesAnOperatorsNames() {
        String anna = run + "a";
        String bruno = run + "b";
        QueueIT.operator(admin, anna);
        QueueIT.operator(admin, bruno);
        long campaign = QueueIT.activeCampaign(admin, supervisor, "Riepilogo " + run, 4, "SPLIT", anna, bruno);

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/campaign/campaign.xhtml?id=" + campaign);
        browser.awaitText(By.id("tools:summaryTable"), "Milano (MI) \u00b7 015146");
        assertEquals("4", browser.driver.findElement(By.cssSelector("#tools\\:summaryTable .summary-open")).getText());
        browser.driver.findElement(By.xpath("//*[@id='tools:by']//*[normalize-space(text())='Provincia']")).click();
        browser.awaitText(By.id("tools:summaryTable"), "Milano \u00b7 MI");

        browser.pickSelectOne("tools:releaseOperator", "Operatore " + anna + " (" + anna + ") \u2014 2");
        browser.driver.findElement(By.id("tools:releaseNames")).click();
        WebElement yes = browser.await(By.cssSelector(".ui-confirmdialog-yes"));
        yes.click();
        browser.await(Browser.growl("2 nominativi liberati (Operatore " + anna + " (" + anna + "))."));
        assertEquals(List.of(List.of(0L)), TestUsers.query("SELECT count(*) FROM campaign_entry WHERE campaign_id = ?"
                + " AND assigned_to = ?", campaign, anna));
        assertEquals(List.of(List.of(2L)), TestUsers.query("SELECT count(*) FROM campaign_entry WHERE campaign_id = ?"
                + " AND assigned_to = ?", campaign, bruno));
    }

    @Test
    void anOperatorBooksAnAppointmentThroughTheSlotProposal() {
        String agent = AgendaIT.newAgent();
        assertEquals(200, admin.put("/agents/" + agent + "/plan", AgentSlotsIT.plan("[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\","
                + "\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]", "[{\"kind\":\"COMUNE\",\"code\":\"015146\"}]")).status());
        String operator = run + "c";
        QueueIT.operator(admin, operator);
        long campaign = QueueIT.activeCampaign(admin, supervisor, "Visite " + run, 1, "SHARED", operator);
        long version = supervisor.get("/campaigns/" + campaign + "/timer").json().get("version").asLong();
        Api.Reply timer = supervisor.put("/campaigns/" + campaign + "/timer", "{\"amberSeconds\":10,\"redSeconds\":600,\"version\":" + version + "}");
        assertEquals(200, timer.status(), timer.body());

        browser.loginSuccessfully(operator, QueueIT.PASSWORD);
        browser.open("/operator/workstation.xhtml");
        browser.await(By.id("waiting:next")).click();
        browser.await(By.id("bar:partyName"));
        // the time on the customer turns amber past the campaign's 10 seconds
        assertEquals("10", browser.driver.findElement(By.id("timer")).getAttribute("data-amber"));
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.driver.findElements(By.cssSelector(".app-ws-timer-amber #timer")).size() == 1);
        browser.await(By.cssSelector("[data-code='APPOINTMENT']")).click();
        By slot = By.cssSelector(".ws-slot[data-agent='" + agent + "']");
        WebElement first = browser.await(slot);
        Instant start = Instant.parse(first.getAttribute("data-start"));
        first.click();
        browser.await(By.id("desk:slotPicked"));
        browser.driver.findElement(By.id("desk:confirm")).click();
        browser.awaitText(By.id("waiting:lastOutcome"), "Esito registrato: Appuntamento.");

        List<List<Object>> booked = TestUsers.query("SELECT starts_at, ends_at FROM appointment WHERE agent = ? AND state = 'BOOKED'", agent);
        assertEquals(1, booked.size(), booked.toString());
        assertEquals(start, ((Timestamp) booked.get(0).get(0)).toInstant());
        assertEquals(start.plusSeconds(3600), ((Timestamp) booked.get(0).get(1)).toInstant());
        Api.Download feed = supervisor.download("/agents/" + agent + "/agenda.ics");
        assertEquals(200, feed.status());
        assertTrue(new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8).contains("BEGIN:VEVENT"));
    }
}
