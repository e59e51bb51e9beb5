package it.callcenter.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator adds a required choice field for companies; the API and the card enforce and show it. */
@ExtendWith(TestServer.class)
class CustomFieldsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRequiredChoiceFieldIsEnforcedShownAndSearchable() throws SQLException {
        try (Browser browser = new Browser()) {
            browser.loginSuccessfully("admin", "demo");
            browser.openFromMenu("menu-customFields");
            browser.await(By.id("fields:new")).click();
            browser.type(By.id("fieldForm:code"), "settore");
            browser.type(By.id("fieldForm:label"), "Settore");
            browser.pickSelectOne("fieldForm:type", "Scelta");
            browser.pickSelectOne("fieldForm:appliesTo", "Aziende");
            browser.check("fieldForm:required", true);
            browser.type(By.id("fieldForm:choices"), "Edilizia\nCommercio");
            browser.driver.findElement(By.id("fieldForm:save")).click();
            browser.awaitText(By.id("fields:table"), "settore");

            Api operator = Api.as("operator3", "demo");
            ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Bottega Rossi Snc")
                    .put("vatNumber", "00905811006");
            var missing = operator.post("/parties", company.toString());
            assertEquals(422, missing.status(), missing.body());
            assertTrue(missing.body().contains("customFields.settore"), missing.body());
            company.putObject("customFields").put("settore", "Altro");
            assertEquals(422, operator.post("/parties", company.toString()).status());
            ((ObjectNode) company.get("customFields")).put("settore", "Commercio");
            var created = operator.post("/parties", company.toString());
            assertEquals(201, created.status(), created.body());
            long id = created.json().get("id").asLong();
            assertEquals("Commercio", operator.get("/parties/" + id).json().get("customFields").get("settore").asText());
            var found = operator.get("/parties?customField=settore&customValue=commercio").json();
            assertEquals(1, found.get("total").asLong());
            assertEquals(id, found.get("items").get(0).get("id").asLong());
            assertEquals(201, operator.post("/parties", PartiesIT.person("Non", "Riguarda", PartiesIT.newMobile()).toString()).status(),
                    "a field for companies is not asked of persons");

            browser.open("/registry/party.xhtml?id=" + id);
            browser.awaitText(By.id("party:customBox"), "Settore");
            assertTrue(browser.driver.findElement(By.xpath("//*[@id='party:customBox']//label[starts-with(normalize-space(.),'Settore')]/*[contains(@class,'ui-outputlabel-rfi')]")).isDisplayed(),
                    "a required custom field is marked as such");
            assertEquals("Commercio", browser.driver.findElement(By.id("party:customList:0:customChoice_label")).getText());
        } finally {
            try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres")) {
                db.createStatement().executeUpdate("UPDATE custom_field SET active = false WHERE code = 'settore'");
            }
        }
    }
}
