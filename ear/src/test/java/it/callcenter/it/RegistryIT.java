package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry as a supervisor uses it: a person through the comune autocomplete, a company, the archive. */
@ExtendWith(TestServer.class)
class RegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void createAPersonAndACompanyThenFindAndDeleteInTheArchive() {
        Api api = Api.as("supervisor", "demo");
        browser.loginSuccessfully("supervisor", "demo");
        browser.driver.findElement(By.id("menuForm:menu-registry")).click();
        browser.await(By.id("archive:newPerson")).click();

        String mobile = PartiesIT.newMobile();
        browser.type(By.id("party:lastName"), "Esposito");
        browser.type(By.id("party:firstName"), "Gennaro");
        browser.pickAutocomplete("party:comune", "napo", "Napoli (NA)");
        browser.awaitText(By.id("party:geo"), "Campania");
        browser.pickSelectOne("party:postalCode", "80121");
        browser.type(By.id("party:contacts:0:value"), mobile);
        browser.pickAutocomplete("party:contacts:0:carrier", "Voda", "Vodafone");
        browser.pickAutocomplete("party:interests", "Energia solare", "Energia solare");
        browser.check("party:consentList:0:consent", true);
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        long personId = idInUrl();

        JsonNode person = api.get("/parties/" + personId).json();
        assertEquals("Esposito Gennaro", person.get("displayName").asText());
        assertEquals("Napoli", person.get("address").get("comune").asText());
        assertEquals("80121", person.get("address").get("postalCode").asText());
        assertEquals("Campania", person.get("address").get("region").asText());
        assertEquals("+39" + mobile.replace(" ", ""), person.get("contacts").get(0).get("value").asText());
        assertEquals("Vodafone", person.get("contacts").get(0).get("carrier").asText());
        assertEquals("Energia solare", person.get("interests").get(0).asText());
        assertTrue(person.get("consents").get("marketing").asBoolean());

        browser.pickAutocomplete("party:interests", "Pompe di calore", "Pompe di calore");
        browser.check("party:consentList:0:consent", false);
        browser.check("party:consentList:2:consent", true);
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        JsonNode edited = api.get("/parties/" + personId).json();
        assertEquals("[\"Energia solare\",\"Pompe di calore\"]", edited.get("interests").toString());
        assertTrue(!edited.get("consents").get("marketing").asBoolean() && edited.get("consents").get("profiling").asBoolean(),
                edited.get("consents").toString());
        browser.driver.findElement(By.cssSelector("[id='party:historyBox'] .ui-fieldset-legend")).click();
        browser.awaitText(By.id("party:history"), "Consenso revocato");

        browser.open("/registry/party.xhtml?type=COMPANY");
        browser.type(By.id("party:companyName"), "Solare Napoletana Srl");
        browser.type(By.id("party:vatNumber"), "01114601006");
        browser.pickAutocomplete("party:legalRepresentative", "esposito", "Esposito Gennaro");
        browser.pickAutocomplete("party:administrators", "esposito", "Esposito Gennaro");
        browser.type(By.id("party:contacts:0:value"), "081 1234567");
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        long companyId = idInUrl();
        JsonNode company = api.get("/parties/" + companyId).json();
        assertEquals(personId, company.get("legalRepresentativeId").asLong());
        assertEquals("[" + personId + "]", company.get("administratorIds").toString());

        browser.pickSelectOne("party:administratorRoles:0:role", "Amministratore");
        browser.awaitText(By.id("party:messages"), "Ruolo di Esposito Gennaro salvato.");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             java.sql.ResultSet rs = db.createStatement().executeQuery(
                     "SELECT role FROM company_administrator WHERE company_id = " + companyId + " AND person_id = " + personId)) {
            assertTrue(rs.next());
            assertEquals("Amministratore", rs.getString(1));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("+390811234567", company.get("contacts").get(0).get("value").asText());

        browser.driver.findElement(By.id("party:newRepresentative")).click();
        browser.type(By.id("party:lastName"), "Russo");
        browser.type(By.id("party:firstName"), "Ciro");
        browser.type(By.id("party:contacts:0:value"), PartiesIT.newMobile());
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "La persona è ora il rappresentante legale dell'azienda.");
        long ciroId = idInUrl();
        assertEquals(ciroId, api.get("/parties/" + companyId).json().get("legalRepresentativeId").asLong());

        browser.open("/registry/archive.xhtml");
        browser.type(By.id("archive:q"), "esposito gen");
        browser.pickAutocomplete("archive:comune", "napo", "Napoli (NA)");
        browser.driver.findElement(By.id("archive:search")).click();
        browser.awaitAjax();
        assertTrue(names().contains("Esposito Gennaro"), names().toString());
        browser.open("/registry/archive.xhtml");
        browser.driver.findElement(By.cssSelector("[id='archive:type'] .ui-button:nth-child(3)")).click();
        browser.awaitAjax();
        browser.type(By.id("archive:q"), "solare nap");
        browser.driver.findElement(By.id("archive:search")).click();
        browser.awaitAjax();
        browser.awaitText(By.id("archive:table"), "Solare Napoletana Srl");
        assertEquals(List.of("Solare Napoletana Srl"), names());

        assertTrue(browser.driver.findElements(By.id("archive:table:0:delete")).isEmpty(), "delete is on the card, not on every row");
        browser.clickAndAwaitNewPage(By.id("archive:table:0:open"));
        browser.driver.findElement(By.id("party:delete")).click();
        browser.await(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("archive:messages"), "Anagrafica \u00abSolare Napoletana Srl\u00bb eliminata.");
        browser.type(By.id("archive:q"), "solare nap");
        browser.driver.findElement(By.id("archive:search")).click();
        browser.awaitAjax();
        assertEquals(List.of(), names());
        assertEquals(404, api.get("/parties/" + companyId).status());
        assertEquals(200, api.get("/parties/" + personId).status(), "the legal representative stays");
    }

    @Test
    void aDuplicateMobileIsShownWithTheExistingPartyAndSavedOnlyOnRequest() {
        String mobile = PartiesIT.newMobile();
        long existing = Api.as("operator1", "demo").post("/parties", PartiesIT.person("Prima", "Doppione", mobile).toString())
                .json().get("id").asLong();
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/registry/party.xhtml?type=PERSON");
        browser.type(By.id("party:lastName"), "Doppione");
        browser.type(By.id("party:firstName"), "Seconda");
        browser.type(By.id("party:contacts:0:value"), "+39 " + mobile);
        browser.driver.findElement(By.id("party:save")).click();
        browser.awaitText(By.id("party:messages"), "Esiste già un'anagrafica con questo cellulare.");
        String link = browser.await(By.id("party:existing")).getAttribute("href");
        assertTrue(link.endsWith("id=" + existing), link);
        assertEquals(1, Api.as("operator1", "demo").get("/parties?q=doppione").json().get("total").asLong(), "nothing saved yet");

        browser.clickAndAwaitNewPage(By.id("party:saveAnyway"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        assertEquals(2, Api.as("operator1", "demo").get("/parties?q=doppione").json().get("total").asLong());
    }

    @Test
    void theCardRevealsNoHiddenPartyAndLetsOnlyOwnersChangeTheOwners() {
        String mobile = PartiesIT.newMobile();
        ObjectNode hidden = PartiesIT.person("Nascosta", "Doppiona", mobile).put("visibility", "OWNERS");
        hidden.putArray("owners").add("operator2");
        long hiddenId = Api.as("operator2", "demo").post("/parties", hidden.toString()).json().get("id").asLong();
        ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Velata Srl")
                .put("vatNumber", "07654320584").put("legalRepresentativeId", hiddenId);
        company.putArray("administratorIds").add(hiddenId);
        company.putArray("owners").add("operator3");
        Api.Reply created = Api.as("supervisor", "demo").post("/parties", company.toString());
        assertEquals(201, created.status(), created.body());
        long companyId = created.json().get("id").asLong();

        browser.loginSuccessfully("operator1", "demo");
        browser.open("/registry/party.xhtml?type=PERSON");
        browser.type(By.id("party:lastName"), "Doppiona");
        browser.type(By.id("party:firstName"), "Visibile");
        browser.type(By.id("party:contacts:0:value"), mobile);
        browser.driver.findElement(By.id("party:save")).click();
        browser.awaitText(By.id("party:messages"), "Esiste già un'anagrafica con questo cellulare.");
        browser.await(By.id("party:saveAnyway"));
        assertTrue(browser.driver.findElements(By.id("party:existing")).isEmpty(), "no link to a party operator1 may not see");

        browser.open("/registry/party.xhtml?id=" + companyId);
        browser.awaitText(By.id("party:legalRepresentativeHidden"), "un rappresentante legale che non puoi vedere");
        browser.awaitText(By.id("party:hiddenAdministrators"), "Amministratori che non puoi vedere: 1");
        assertFalse(browser.driver.getPageSource().contains("Nascosta"));
        assertTrue(disabled("party:owners") && disabled("party:visibility"), "operator1 is no owner of the company");
        browser.driver.findElement(By.id("party:companyName")).clear();
        browser.driver.findElement(By.id("party:companyName")).sendKeys("Velata Rinominata Srl");
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        JsonNode saved = Api.as("supervisor", "demo").get("/parties/" + companyId).json();
        assertEquals("Velata Rinominata Srl", saved.get("companyName").asText());
        assertEquals(hiddenId, saved.get("legalRepresentativeId").asLong(), "the hidden representative stays");
        assertEquals("[" + hiddenId + "]", saved.get("administratorIds").toString());
        assertEquals("[\"operator3\"]", saved.get("owners").toString());

        browser.close();
        browser = new Browser();
        browser.loginSuccessfully("operator3", "demo");
        browser.open("/registry/party.xhtml?id=" + companyId);
        browser.await(By.id("party:companyName"));
        assertFalse(disabled("party:owners") || disabled("party:visibility"), "operator3 owns the company");
    }

    private boolean disabled(String id) {
        WebElement element = browser.await(By.id(id));
        return element.getAttribute("class").contains("ui-state-disabled")
                || !element.findElements(By.cssSelector("input[disabled], .ui-state-disabled")).isEmpty();
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndSaysWhyInItalian() {
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/registry/party.xhtml?type=PERSON");
        browser.type(By.id("party:lastName"), "Incompleto");
        browser.type(By.id("party:firstName"), "Mario");
        browser.type(By.id("party:fiscalCode"), "RSSMRA85T10A562X");
        browser.driver.findElement(By.id("party:save")).click();
        browser.awaitText(By.id("party"), "Codice fiscale: il carattere di controllo non è corretto.");
        browser.awaitText(By.id("party"), "Recapiti: per una persona fisica il cellulare è obbligatorio.");
        assertEquals("Incompleto", browser.driver.findElement(By.id("party:lastName")).getAttribute("value"));
        assertEquals("RSSMRA85T10A562X", browser.driver.findElement(By.id("party:fiscalCode")).getAttribute("value"));
        assertEquals(0, Api.as("operator1", "demo").get("/parties?q=incompleto").json().get("total").asLong());
    }

    @Test
    void aPhotoIsScaledOnTheCardAndTheErasureRemovesEverything() throws Exception {
        Api api = Api.as("supervisor", "demo");
        long id = api.post("/parties", PartiesIT.person("Fotografata", "Persona", PartiesIT.newMobile()).toString()).json().get("id").asLong();
        java.nio.file.Path png = java.nio.file.Files.createTempFile("photo", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1200, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/registry/party.xhtml?id=" + id);
        browser.await(By.id("party:lastName"));
        browser.driver.findElement(By.id("party:photoUpload")).sendKeys(png.toString());
        browser.awaitText(By.id("party:messages"), "Foto salvata.");
        WebElement photo = browser.await(By.id("party:photoImage"));
        browser.awaitAjax();
        Object width = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return arguments[0].naturalWidth;", photo);
        assertEquals(200L, ((Number) width).longValue(), "1200×900 fits 200×300 as 200×150");

        browser.driver.findElement(By.id("party:lastName")).clear();
        browser.driver.findElement(By.id("party:lastName")).sendKeys("Persona Rinominata");
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        assertEquals("Persona Rinominata", api.get("/parties/" + id).json().get("lastName").asText(),
                "the upload moved the version on and the form kept up with it");

        browser.driver.findElement(By.id("party:erase")).click();
        browser.await(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(By.id("archive:messages"), "Anagrafica cancellata su richiesta dell'interessato.");
        assertEquals(404, api.get("/parties/" + id).status());
    }

    @Test
    void aPhotoBombIsRefusedOnTheCardWithTheReason() throws Exception {
        Api api = Api.as("operator1", "demo");
        long id = api.post("/parties", PartiesIT.person("Bombardata", "Scheda", PartiesIT.newMobile()).toString()).json().get("id").asLong();
        long version = api.get("/parties/" + id).json().get("version").asLong();
        java.nio.file.Path bomb = java.nio.file.Files.write(java.nio.file.Files.createTempFile("bomb", ".png"), PngBomb.of(250_000_000, 1));

        browser.loginSuccessfully("operator1", "demo");
        browser.open("/registry/party.xhtml?id=" + id);
        browser.await(By.id("party:lastName"));
        browser.driver.findElement(By.id("party:photoUpload")).sendKeys(bomb.toString());
        browser.awaitText(By.id("party:messages"), "La foto è troppo grande: 250.000.000×1 pixel.");
        assertTrue(browser.driver.findElements(By.id("party:photoImage")).isEmpty());
        assertEquals(version, api.get("/parties/" + id).json().get("version").asLong());
        java.nio.file.Files.delete(bomb);
    }

    @Test
    void aNewOwnerIsNotifiedInTheApp() {
        var party = PartiesIT.person("Notificata", "Persona", PartiesIT.newMobile()).put("visibility", "OWNERS");
        party.putArray("owners").add("operator2").add("supervisor");
        assertEquals(201, Api.as("supervisor", "demo").post("/parties", party.toString()).status());

        browser.loginSuccessfully("operator2", "demo");
        browser.await(By.id("menuForm:unreadCount"));
        browser.driver.findElement(By.id("menuForm:bell")).click();
        browser.awaitText(By.id("menuForm:notifications"), "Ora sei referente di Persona Notificata.");
        browser.driver.findElement(By.id("menuForm:markRead")).click();
        browser.awaitAjax();
        browser.open("/index.xhtml");
        browser.await(By.id("menuForm:bell"));
        assertTrue(browser.driver.findElements(By.id("menuForm:unreadCount")).isEmpty());
    }

    private long idInUrl() {
        browser.awaitUrlContains("id=");
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (WebElement link : browser.driver.findElements(By.cssSelector("[id='archive:table'] .party-name"))) {
            names.add(link.getText());
        }
        return names;
    }
}
