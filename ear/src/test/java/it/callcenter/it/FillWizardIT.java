package it.callcenter.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fill wizard end to end in a real browser, as a supervisor: a new campaign that requires the marketing
 * consent, criteria on parties only this test creates (Allein and an interest named for the run), the live
 * preview's figures, the fill, and the campaign's entries over the API.
 */
@ExtendWith(TestServer.class)
class FillWizardIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "Procedura" + System.nanoTime();
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
    void theSupervisorCreatesACampaignPreviewsAndFillsIt() {
        for (String name : new String[] {"Primo", "Secondo", "Terzo", "Quarto"}) {
            create(party(name, PartiesIT.newMobile(), true));
        }
        String blocked = PartiesIT.newMobile();
        create(party("Bloccato", blocked, true));
        create(party("Riservato", PartiesIT.newMobile(), false));
        Api.Reply dnc = supervisor.post("/dnc", "{\"number\":\"" + blocked + "\",\"source\":\"INTERNAL\"}");
        assertEquals(201, dnc.status(), dnc.body());

        browser.loginSuccessfully("supervisor", "demo");
        browser.clickAndAwaitNewPage(By.id("menuForm:menu-fill"));
        browser.await(By.xpath("//*[@id='fill:mode']//*[normalize-space(.)='Nuova campagna']")).click();
        browser.type(By.id("fill:newName"), run);
        browser.type(By.id("fill:newDescription"), "Prova della procedura guidata");
        browser.pickSelectOne("fill:newConsent", "Marketing");
        browser.driver.findElement(By.id("fill:wizard_next")).click();

        browser.await(By.id("fill:comuni_input"));
        browser.pickAutocomplete("fill:comuni", "Allein", "Allein (AO)");
        WebElement interests = browser.await(By.id("fill:interests_input"));
        interests.sendKeys(run, Keys.ENTER);
        browser.awaitAjax();
        awaitFigures("fill:preview", Map.of("Count", "4", "AlreadyInCampaign", "0", "NoPhone", "0", "DoNotCall", "1",
                "NoConsent", "1", "NoRpoCheck", "0"));
        String previewed = browser.driver.findElement(By.id("fill:previewCount")).getText();

        browser.driver.findElement(By.id("fill:wizard_next")).click();
        browser.awaitText(By.id("fill:summaryText"), run);
        assertEquals(previewed, browser.driver.findElement(By.id("fill:plannedCount")).getText());
        browser.driver.findElement(By.id("fill:confirmFill")).click();
        awaitFigures("fill:result", Map.of("Added", "4", "AlreadyInCampaign", "0", "NoPhone", "0", "DoNotCall", "1",
                "NoConsent", "1", "NoRpoCheck", "0"));
        assertEquals(previewed, browser.driver.findElement(By.id("fill:resultAdded")).getText(),
                "the fill added as many as the preview counted");

        String link = browser.driver.findElement(By.id("openCampaign")).getAttribute("href");
        Matcher id = Pattern.compile("/campaign/campaign\\.xhtml\\?id=(\\d+)$").matcher(link);
        assertTrue(id.find(), link);
        var figures = supervisor.get("/campaigns/" + id.group(1)).json();
        assertEquals(run, figures.get("name").asText());
        assertEquals(Long.parseLong(previewed), figures.get("entries").asLong(), figures.toString());
    }

    @Test
    void aCampaignInTheAddressIsChosenAndImpossibleCriteriaAreExplained() {
        Api.Reply created = supervisor.post("/campaigns", JSON.createObjectNode().put("name", run).toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/campaign/fill.xhtml");
        browser.await(By.id("fill:wizard_next")).click();
        browser.awaitText(By.cssSelector(".ui-messages-error-summary"), "Scegli una campagna da riempire o creane una nuova.");

        browser.open("/campaign/fill.xhtml?campaign=" + id);
        browser.awaitText(By.id("fill:campaignSelect_label"), run);
        browser.driver.findElement(By.id("fill:wizard_next")).click();
        browser.await(By.id("fill:previewCount"));
        browser.type(By.id("fill:ageMin_input"), "50");
        browser.type(By.id("fill:ageMax_input"), "30");
        browser.driver.findElement(By.id("fill:ageMin_input")).click();
        browser.awaitText(By.cssSelector(".ui-messages-error-summary"), "L'età minima (50) supera la massima (30).");
        browser.awaitText(By.id("fill:preview"), "Anteprima non disponibile");
    }

    @Test
    void anOperatorHasNoWizard() {
        browser.loginSuccessfully("operator1", "demo");
        assertTrue(browser.driver.findElements(By.id("menuForm:menu-fill")).isEmpty());
        browser.open("/campaign/fill.xhtml");
        assertEquals("Non hai i permessi per aprire questa pagina.", browser.await(By.id("error-message")).getText());
    }

    /** Waits until each figure of the panel (ids: the panel's id + the name) shows exactly its value. */
    private void awaitFigures(String panel, Map<String, String> expected) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> expected.entrySet().stream().allMatch(e -> {
            var found = d.findElements(By.id(panel + e.getKey()));
            return !found.isEmpty() && e.getValue().equals(found.get(0).getText().strip());
        }));
    }

    private ObjectNode party(String lastName, String mobile, boolean marketing) {
        return CampaignsIT.inAllein("Guidata", lastName, mobile, marketing, run);
    }

    private void create(ObjectNode party) {
        Api.Reply reply = supervisor.post("/parties", party.toString());
        assertEquals(201, reply.status(), reply.body());
    }
}
