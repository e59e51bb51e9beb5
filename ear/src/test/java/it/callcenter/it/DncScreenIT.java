package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The do-not-call and RPO screens as a supervisor and an administrator use them. */
@ExtendWith(TestServer.class)
class DncScreenIT {

    private static final By FIRST_NUMBER = By.id("dnc:table:0:shownNumber");
    private static final By MESSAGES = By.id("dnc:messages");

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
    void aSupervisorAddsAndFindsANumberAndOnlyAnAdministratorRemovesIt() {
        String mobile = PartiesIT.newMobile();
        String digits = mobile.replace(" ", "");
        String readable = "+39 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/compliance/dnc.xhtml");
        browser.type(By.id("dnc:number"), "12ab");
        browser.driver.findElement(By.id("dnc:add")).click();
        browser.awaitText(MESSAGES, "\u00ab12ab\u00bb non \u00e8 un numero di telefono valido");

        browser.type(By.id("dnc:number"), mobile);
        browser.driver.findElement(By.id("dnc:add")).click();
        browser.awaitText(MESSAGES, "Numero " + readable + " nella lista da non chiamare.");
        search("+39-" + digits.substring(0, 3) + "/" + digits.substring(3));
        assertEquals(readable, browser.driver.findElement(FIRST_NUMBER).getText());
        assertEquals(1, browser.driver.findElements(By.cssSelector("[id='dnc:table_data'] > tr")).size());
        assertTrue(browser.driver.findElement(By.id("dnc:table")).getText().contains("Richiesta del cliente"));
        assertTrue(browser.driver.findElements(By.id("dnc:table:0:remove")).isEmpty(), "a supervisor may not remove");
        browser.driver.findElement(By.id("menuForm:logout")).click();
        browser.await(By.id("login:username"));

        browser.loginSuccessfully("admin", "demo");
        browser.open("/compliance/dnc.xhtml");
        search("0039 " + mobile);
        assertEquals(readable, browser.driver.findElement(FIRST_NUMBER).getText());
        browser.driver.findElement(By.id("dnc:table:0:remove")).click();
        browser.await(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitText(MESSAGES, "Numero " + readable + " tolto dalla lista.");
        browser.awaitText(By.id("dnc:table"), "Nessun numero.");
        assertEquals(0, Api.as("supervisor", "demo").get("/dnc?number=" + digits).json().get("total").asLong());
    }

    @Test
    void anRpoReturnUploadedOnTheScreenShowsItsCounts() throws IOException {
        String free = PartiesIT.newMobile().replace(" ", "");
        String opposed = PartiesIT.newMobile().replace(" ", "");
        Path file = Files.createTempFile("esito-rpo", ".csv");
        Files.writeString(file, "numero;esito\r\n" + free + ";NON OPPOSTO\r\n" + opposed + ";OPPOSTO\r\nxyz;SI\r\n",
                StandardCharsets.UTF_8);
        try {
            browser.loginSuccessfully("supervisor", "demo");
            browser.open("/compliance/rpo.xhtml");
            browser.await(By.id("rpo:checkedOn_input"));
            browser.driver.findElement(By.id("rpo:upload")).sendKeys(file.toString());
            browser.awaitText(By.id("rpo:messages"), "Esito caricato: 2 numeri verificati, 1 opposto, 1 riga scartata.");
            assertEquals("2", browser.driver.findElement(By.id("rpo:checked")).getText());
            assertEquals("1", browser.driver.findElement(By.id("rpo:opposed")).getText());
            assertEquals("1", browser.driver.findElement(By.id("rpo:rejected")).getText());
            assertTrue(browser.driver.findElement(By.id("rpo:rejections")).getText().contains("Numero di telefono mancante o non valido."));
            assertEquals("RPO", Api.as("supervisor", "demo").get("/dnc?number=" + opposed).json().get("items").get(0)
                    .get("source").asText());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aCampaignsNumbersAreDownloadedForTheRegister() throws IOException {
        String run = "RpoSchermo" + System.nanoTime();
        String mobile = PartiesIT.newMobile();
        var party = PartiesIT.person("Esportata", "Registro", mobile);
        party.putArray("interests").add(run);
        Api supervisor = Api.as("supervisor", "demo");
        assertEquals(201, supervisor.post("/parties", party.toString()).status());
        long id = supervisor.post("/campaigns", "{\"name\":\"" + run + "\"}").json().get("id").asLong();
        assertEquals(1, supervisor.post("/campaigns/" + id + "/fill", "{\"interests\":[\"" + run + "\"]}").json()
                .get("added").asLong());
        Path downloads = Files.createTempDirectory("rpo-downloads");
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Path file = downloads.resolve("rpo-campagna-" + id + ".csv");
        try {
            browser.loginSuccessfully("supervisor", "demo");
            browser.open("/compliance/rpo.xhtml");
            browser.pickSelectOne("rpo:campaign", run);
            browser.awaitAjax();
            browser.driver.findElement(By.id("rpo:download")).click();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> Files.exists(file) && Files.size(file) > 0);
            assertEquals("numero\r\n" + mobile.replace(" ", "") + "\r\n", Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(downloads);
        }
    }

    private void search(String typed) {
        browser.type(By.id("dnc:q"), typed);
        browser.driver.findElement(By.id("dnc:search")).click();
        browser.awaitAjax();
        browser.await(FIRST_NUMBER);
    }
}
