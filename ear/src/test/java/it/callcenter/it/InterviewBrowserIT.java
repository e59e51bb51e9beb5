package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interview on the workstation, in headless Chromium: the operator answers one of two required questions and
 * records a contact; it is refused with the missing question named beside its field (and what was typed kept), then
 * accepted once answered. The answers are the entry's.
 */
@ExtendWith(TestServer.class)
class InterviewBrowserIT {

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "ib" + System.nanoTime() % 10_000_000;
    private Browser operator;

    @BeforeEach
    void openBrowser() {
        operator = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        operator.close();
    }

    @Test
    void anOperatorAnswersTheInterviewAndRecordsTheOutcomeOnceItIsComplete() {
        String username = run + "a";
        QueueIT.operator(admin, username);
        long campaign = QueueIT.activeCampaign(admin, supervisor, "Intervista schermo " + run, 1, "SHARED", username);
        Api.Reply interview = supervisor.put("/campaigns/" + campaign + "/interview", InterviewPromiseIT.QUESTIONS);
        assertEquals(200, interview.status(), interview.body());

        operator.loginSuccessfully(username, QueueIT.PASSWORD);
        ((ChromeDriver) operator.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1440,
                "height", 900, "deviceScaleFactor", 1, "mobile", false));
        operator.open("/operator/workstation.xhtml");
        operator.click(By.id("waiting:next"));
        operator.awaitText(By.id("desk:interview"), "Quante persone in casa?");
        assertTrue(operator.driver.findElement(By.id("desk:interview")).getText().contains("(obbligatoria)"));
        operator.type(By.id("desk:interviewRows:0:text"), "3");

        // a contact with one required answer missing: refused, the question named beside its field
        operator.click(By.cssSelector("button[data-code='NOT_INTERESTED']"));
        By supplierError = By.cssSelector("div.app-ws-question[data-code='supplier'] .ui-message-error");
        operator.awaitText(supplierError, "Manca la risposta a \u00abHa gi\u00e0 un fornitore?\u00bb: serve per registrare un contatto.");
        assertEquals(0, operator.driver.findElements(By.cssSelector("div.app-ws-question[data-code='people'] .ui-message-error")).size());
        assertEquals("3", operator.driver.findElement(By.id("desk:interviewRows:0:text")).getAttribute("value"), "what was typed stays");
        assertTrue(operator.driver.findElements(By.id("waiting:next")).isEmpty(), "the customer is still held");
        operator.screenshots("workstation-interview-refused");

        // answered: the outcome is recorded
        operator.pickSelectOne("desk:interviewRows:1:pick", "S\u00ec");
        operator.click(By.cssSelector("button[data-code='NOT_INTERESTED']"));
        operator.awaitText(By.id("waiting:lastOutcome"), "Esito registrato: Non interessato.");

        List<List<Object>> entries = TestUsers.query("SELECT id, last_outcome FROM campaign_entry WHERE campaign_id = ?", campaign);
        assertEquals(1, entries.size());
        assertEquals("NOT_INTERESTED", entries.get(0).get(1));
        assertEquals("{\"people\":\"3\",\"supplier\":\"YES\"}", supervisor.get("/queue/entries/" + entries.get(0).get(0) + "/answers").body());
        assertEquals(List.of(List.of(2L)), TestUsers.query("SELECT count(*) FROM interview_answer WHERE entry_id = ?", entries.get(0).get(0)));
    }

    @Test
    void aSupervisorWritesTheInterviewAndThePromiseRuleOnTheCampaignPage() {
        long campaign = CampaignFixture.create(supervisor, "Pagina intervista " + run);
        String target = "Pagina rinnovi " + run;
        long targetId = CampaignFixture.create(supervisor, target);

        operator.loginSuccessfully("supervisor", "demo");
        operator.open("/campaign/campaign.xhtml?id=" + campaign);
        operator.await(By.id("interview:none"));
        operator.click(By.id("interview:add"));
        operator.awaitAjax();
        operator.type(By.id("interview:questions:0:text"), "Ha figli?");
        operator.pickSelectOne("interview:questions:0:type", "S\u00ec/No");
        operator.awaitAjax();
        operator.check("interview:questions:0:required", true);
        operator.click(By.id("interview:add"));
        operator.awaitAjax();
        operator.type(By.id("interview:questions:1:text"), "Quale offerta?");
        operator.pickSelectOne("interview:questions:1:type", "Scelta");
        operator.awaitAjax();
        operator.type(By.id("interview:questions:1:choices"), "Luce\nGas");
        operator.check("interview:mandatory", true);
        operator.click(By.id("interview:save"));
        operator.await(Browser.growl("Intervista salvata."));
        assertEquals("{\"mandatory\":true,\"questions\":[{\"choices\":[],\"code\":\"q1\",\"required\":true,\"text\":\"Ha figli?\","
                + "\"type\":\"YES_NO\"},{\"choices\":[\"Luce\",\"Gas\"],\"code\":\"q2\",\"required\":false,\"text\":\"Quale offerta?\","
                + "\"type\":\"CHOICE\"}]}", supervisor.get("/campaigns/" + campaign + "/interview").body());

        operator.pickSelectOne("promise:target", target);
        operator.type(By.id("promise:months_input"), "9");
        operator.click(By.id("promise:save"));
        operator.await(Browser.growl("Regola della promessa salvata."));
        assertEquals("{\"months\":9,\"targetCampaignId\":" + targetId + "}",
                supervisor.get("/campaigns/" + campaign + "/promise-rule").body());
    }

    @Test
    void aContractCarriesTheContactPromiseTheCampaignsRuleProposes() {
        String username = run + "c";
        QueueIT.operator(admin, username);
        long campaign = QueueIT.activeCampaign(admin, supervisor, "Promessa schermo " + run, 1, "SHARED", username);
        String target = "Promessa rinnovi " + run;
        long targetId = CampaignFixture.create(supervisor, target);
        assertEquals(200, supervisor.put("/campaigns/" + campaign + "/promise-rule",
                "{\"targetCampaignId\":" + targetId + ",\"months\":9}").status());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

        operator.loginSuccessfully(username, QueueIT.PASSWORD);
        operator.open("/operator/workstation.xhtml");
        operator.click(By.id("waiting:next"));
        operator.click(By.cssSelector("button[data-code='CONTRACT']"));
        operator.await(By.id("desk:product"));
        assertEquals(target, operator.driver.findElement(By.id("desk:promiseCampaign_label")).getText(), "the rule's campaign proposed");
        assertEquals(today.plusMonths(9).format(day), operator.driver.findElement(By.id("desk:promiseDay_input")).getAttribute("value"));
        operator.type(By.id("desk:product"), "Luce Casa");
        operator.type(By.id("desk:value_input"), "100");
        operator.type(By.id("desk:startDate_input"), today.plusMonths(1).format(day));
        operator.driver.findElement(By.id("desk:startDate_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        operator.type(By.id("desk:promiseNote"), "rinnovo del contratto");
        operator.click(By.id("desk:confirm"));
        operator.awaitText(By.id("waiting:lastOutcome"), "Esito registrato: Contratto.");

        assertEquals(List.of(List.of(java.sql.Date.valueOf(today.plusMonths(9)), "rinnovo del contratto", username, "OPEN")),
                TestUsers.query("SELECT p.due_on, p.note, p.promised_by, e.state FROM contact_promise p JOIN campaign_entry e"
                        + " ON e.id = p.target_entry_id WHERE p.target_campaign_id = ?", targetId));
    }
}
