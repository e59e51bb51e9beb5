package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supervisor's campaign in the browser: created on the list, its script and dates edited on its page, filled
 * through the REST API with parties the test creates, dealt SPLIT to two operators whose shares show on the page,
 * then one operator's entries moved to the other.
 */
@ExtendWith(TestServer.class)
class CampaignPageIT {

    private final Api supervisor = Api.as("supervisor", "demo");
    private final String name = "Pagina" + System.nanoTime();
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
    void aSupervisorCreatesEditsAssignsAndMovesEntries() {
        browser.loginSuccessfully("supervisor", "demo");
        browser.driver.findElement(By.id("menuForm:menu-campaigns")).click();
        browser.await(By.id("campaigns:new")).click();
        browser.type(By.id("createForm:name"), name);
        browser.type(By.id("createForm:description"), "Prova dal browser");
        browser.clickAndAwaitNewPage(By.id("createForm:create"));
        browser.awaitText(By.id("campaign-title"), name);
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        browser.type(By.id("campaign:script"), "Buongiorno, la chiamo per l'offerta fibra.");
        typeDate("campaign:startsOn", "01/06/2026");
        typeDate("campaign:endsOn", "31/08/2026");
        browser.driver.findElement(By.id("campaign:save")).click();
        browser.await(Browser.growl("Campagna \u00ab" + name + "\u00bb salvata."));
        JsonNode saved = supervisor.get("/campaigns/" + id).json();
        assertEquals("Buongiorno, la chiamo per l'offerta fibra.", saved.get("script").asText());
        assertEquals("2026-06-01", saved.get("startsOn").asText());
        assertEquals("2026-08-31", saved.get("endsOn").asText());

        CampaignFixture.parties(supervisor, name, "Paginetta", 6);
        assertEquals(6, CampaignFixture.fill(supervisor, id, name));
        browser.open("/campaign/campaign.xhtml?id=" + id);
        browser.awaitText(By.id("team:figure-entries"), "6");
        browser.awaitText(By.id("campaign:draftText"), "Campagna in bozza");

        browser.toggleOption("Anna Rossi (operator1)");
        browser.toggleOption("Luca Bianchi (operator2)");
        browser.driver.findElement(By.id("team:assign")).click();
        browser.await(Browser.growl("6 nominativi ripartiti tra 2 operatori: operator1, operator2."));
        browser.awaitText(By.cssSelector(".share-operator1"), "3");
        browser.awaitText(By.cssSelector(".share-operator2"), "3");
        browser.await(Browser.growl("La campagna \u00e8 ancora in bozza: gli operatori riceveranno i nominativi solo dopo averla attivata."));
        browser.awaitText(By.id("campaign:draftText"), "Operatori assegnati, ma la campagna \u00e8 ancora in bozza");
        browser.click(By.id("campaign:activate"));
        browser.awaitText(By.id("campaign:state"), "Attiva");
        assertTrue(browser.driver.findElements(By.id("campaign:draftBanner")).isEmpty(), "an active campaign needs no hint");
        assertEquals("ACTIVE", supervisor.get("/campaigns/" + id).json().get("state").asText());

        browser.driver.findElement(By.id("team:openMove")).click();
        browser.pickSelectOne("moveForm:from", "Anna Rossi (operator1)");
        browser.pickSelectOne("moveForm:to", "Luca Bianchi (operator2)");
        browser.driver.findElement(By.id("moveForm:move")).click();
        browser.await(Browser.growl("3 nominativi spostati da operator1 a operator2."));
        browser.awaitText(By.cssSelector(".share-operator2"), "6");
        assertTrue(browser.driver.findElements(By.cssSelector(".share-operator1")).isEmpty(), "operator1 holds nothing");

        browser.pickSelectOne("team:operatorFilter", "Luca Bianchi (operator2)");
        browser.driver.findElement(By.id("team:filter")).click();
        browser.awaitAjax();
        assertEquals(6, browser.driver.findElements(By.cssSelector("#team\\:entryTable .entry-operator")).stream()
                .filter(cell -> cell.getText().equals("operator2")).count());
        WebElement party = browser.driver.findElement(By.cssSelector("#team\\:entryTable a.entry-party"));
        assertTrue(party.getAttribute("href").contains("/registry/party.xhtml?id="), party.getAttribute("href"));

        browser.open("/campaign/list.xhtml");
        browser.await(By.linkText(name));
        assertTrue(browser.driver.getPageSource().contains("campaign/fill.xhtml?campaign=" + id), "the list links to the wizard");
    }

    @Test
    void anOperatorCannotOpenTheCampaigns() {
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/campaign/list.xhtml");
        assertEquals("Non hai i permessi per aprire questa pagina.", browser.await(By.id("error-message")).getText());
        assertTrue(browser.driver.findElements(By.id("menuForm:menu-campaigns")).isEmpty());
    }

    /** Types a date into a PrimeFaces date picker, closes its calendar and leaves the field with the date in it. */
    private void typeDate(String id, String date) {
        By input = By.id(id + "_input");
        browser.type(input, date);
        browser.driver.findElement(input).sendKeys(Keys.ESCAPE, Keys.TAB);
        browser.awaitAjax();
        assertEquals(date, browser.driver.findElement(input).getAttribute("value"));
    }
}
