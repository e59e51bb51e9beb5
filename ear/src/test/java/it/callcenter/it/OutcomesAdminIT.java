package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outcome sets on screen: the administrator's defaults (a new one, a change, a change over someone else's
 * refused) are what a campaign created afterwards gets; a campaign's page shows its own set, its dispatch rules
 * and its calling windows, which only an administrator changes. The new default is inactive, so the other tests'
 * campaigns never show it on their workstations.
 */
@ExtendWith(TestServer.class)
class OutcomesAdminIT {

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = String.valueOf(System.nanoTime() % 10_000_000);
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
    void outcomeDefaultsEditedByTheAdministratorAreWhatANewCampaignGets() {
        String code = "PREVENTIVO_" + run;
        browser.loginSuccessfully("admin", "demo");
        browser.open("/admin/outcomes.xhtml");
        browser.click(By.id("outcomeSet:new"));
        browser.type(By.id("outcomeForm:code"), code.toLowerCase());
        browser.type(By.id("outcomeForm:labelIt"), "Chiede un preventivo");
        browser.type(By.id("outcomeForm:labelEn"), "Asks for a quote");
        browser.pickSelectOne("outcomeForm:kind", "Da riprovare");
        browser.awaitAjax();
        browser.type(By.id("outcomeForm:retryDelay_input"), "240");
        browser.check("outcomeForm:contact", true);
        browser.check("outcomeForm:active", false);
        browser.driver.findElement(By.id("outcomeForm:save")).click();
        browser.await(Browser.growl("Esito " + code + " salvato."));
        browser.awaitText(By.id("outcomeSet:table"), "Chiede un preventivo");

        By edit = By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, ':edit')]");
        browser.click(edit);
        browser.await(By.id("outcomeForm:labelIt"));
        browser.type(By.id("outcomeForm:labelIt"), "Vuole un preventivo");
        browser.driver.findElement(By.id("outcomeForm:save")).click();
        browser.awaitText(By.id("outcomeSet:table"), "Vuole un preventivo");

        // someone else changes it while the dialog is open: the save over it is refused
        browser.click(edit);
        browser.await(By.id("outcomeForm:labelIt"));
        JsonNode stored = defaultOutcome(code);
        ObjectNode change = ((ObjectNode) stored.deepCopy()).put("labelEn", "Wants a quote");
        assertEquals(200, admin.put("/outcomes/" + stored.get("id").asLong(), change.toString()).status());
        browser.type(By.id("outcomeForm:labelIt"), "Sovrascritto");
        browser.driver.findElement(By.id("outcomeForm:save")).click();
        browser.awaitText(By.id("outcomeForm:messages"), "Qualcun altro ha modificato questi dati nel frattempo");
        assertEquals("Vuole un preventivo", defaultOutcome(code).get("labelIt").asText());
        browser.driver.findElement(By.id("outcomeForm:cancel")).click();

        long campaign = CampaignFixture.create(supervisor, "Esiti " + run);
        JsonNode copied = null;
        for (JsonNode o : supervisor.get("/campaigns/" + campaign + "/outcomes").json()) {
            if (o.get("code").asText().equals(code)) {
                copied = o;
            }
        }
        assertNotNull(copied, "the new campaign has the new default");
        assertEquals("Vuole un preventivo", copied.get("labelIt").asText());
        assertEquals("Wants a quote", copied.get("labelEn").asText());
        assertEquals("RETRY", copied.get("kind").asText());
        assertEquals(240, copied.get("retryDelayMinutes").asInt());
        assertTrue(copied.get("countsAsContact").asBoolean());
        assertFalse(copied.get("active").asBoolean());
        browser.screenshots("admin-outcomes");
    }

    @Test
    void aCampaignPageShowsItsOutcomesAndRulesAndOnlyAnAdministratorChangesItsWindows() {
        long campaign = CampaignFixture.create(supervisor, "Regole " + run);
        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/campaign/campaign.xhtml?id=" + campaign);
        browser.awaitText(By.id("outcomeSet:table"), "Non risponde");
        browser.awaitText(By.id("windows"), "Lun, Mar, Mer, Gio, Ven 09:00–20:00");
        assertTrue(browser.driver.findElements(By.id("windows:save")).isEmpty(), "a supervisor reads the windows");

        // the supervisor changes the campaign's attempts, then its details: one version, no refusal of their own edit
        browser.driver.findElement(By.id("dispatch:maxAttempts_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
        browser.driver.findElement(By.id("dispatch:save")).click();
        browser.await(Browser.growl("Regole di distribuzione salvate."));
        assertEquals(3, supervisor.get("/campaigns/" + campaign + "/dispatch").json().get("maxAttempts").asInt());
        browser.type(By.id("campaign:description"), "Con tre tentativi");
        browser.click(By.id("campaign:save"));
        browser.awaitText(By.id("campaign-title"), "Regole " + run);
        browser.await(By.xpath("//*[contains(@class,'ui-growl-title') and contains(text(), 'salvata')]"));
        assertEquals("Con tre tentativi", supervisor.get("/campaigns/" + campaign).json().get("description").asText());

        // a campaign's own outcome: its key changed on its page
        browser.click(By.xpath("//tr[contains(., 'BUSY')]//button[contains(@id, ':edit')]"));
        browser.type(By.id("outcomeForm:shortcut"), "B");
        browser.driver.findElement(By.id("outcomeForm:save")).click();
        browser.await(Browser.growl("Esito BUSY salvato."));
        JsonNode busy = null;
        for (JsonNode o : supervisor.get("/campaigns/" + campaign + "/outcomes").json()) {
            if (o.get("code").asText().equals("BUSY")) {
                busy = o;
            }
        }
        assertEquals("B", busy.get("shortcut").asText());
        browser.close();

        browser = new Browser();
        browser.loginSuccessfully("admin", "demo");
        browser.open("/campaign/campaign.xhtml?id=" + campaign);
        browser.await(By.id("windows:save"));
        browser.type(By.id("windows:rows:0:to"), "18:30");
        browser.click(By.id("windows:save"));
        browser.await(Browser.growl("Orari di chiamata salvati."));
        assertEquals("18:30", admin.get("/campaigns/" + campaign + "/call-windows").json().get("windows").get(0).get("to").asText());
        assertEquals(java.util.List.of(java.util.List.of("UPDATE", "admin")), TestUsers.query("SELECT action, username FROM audit_entry"
                + " WHERE entity_type = 'CAMPAIGN' AND entity_id = ? AND fields LIKE '%callWindows%'", campaign));
        browser.screenshots("campaign-rules");
    }

    private JsonNode defaultOutcome(String code) {
        for (JsonNode o : admin.get("/outcomes").json()) {
            if (o.get("code").asText().equals(code)) {
                return o;
            }
        }
        throw new AssertionError("no default " + code);
    }
}
