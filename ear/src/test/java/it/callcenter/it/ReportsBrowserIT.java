package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report screen as a manager uses it: the campaign's figures and chart on screen, then the PDF downloaded (headless
 * Chromium saves it in a folder of the test's, told through the DevTools protocol); an operator is kept out of it;
 * the party card's print button downloads the card.
 */
@ExtendWith(TestServer.class)
class ReportsBrowserIT {

    private Browser browser;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser();
        downloads = Files.createTempDirectory("report-downloads");
        ((ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
        try (Stream<Path> files = Files.walk(downloads)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aManagerSeesACampaignsFiguresAndDownloadsItsProgress() throws IOException {
        String name = "Report a video " + System.nanoTime() % 1_000_000;
        CampaignFixture.filled(Api.as("supervisor", "demo"), name, 2);

        browser.loginSuccessfully("manager", "demo");
        browser.openFromMenu("menu-reports");
        browser.await(By.id("reports:report"));
        browser.pickSelectOne("reports:campaign", name);
        browser.click(By.id("reports:show"));
        browser.awaitText(By.id("reports:entries"), "2");
        browser.await(By.cssSelector("[id='reports:chart'] canvas"));
        assertTrue(browser.driver.findElement(By.id("reports:outcomes")).getText().contains("Contratto"));
        browser.screenshots("reports-campaign-progress");

        browser.click(By.id("reports:pdf"));
        byte[] pdf = awaitDownload("campaign-progress-", ".pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(ReportsIT.text(pdf).contains(name), "the chosen campaign's report");
    }

    @Test
    void withoutTheCampaignTheScreenSaysWhatIsMissing() {
        browser.loginSuccessfully("manager", "demo");
        browser.open("/reports/reports.xhtml");
        browser.click(By.id("reports:show"));
        browser.await(By.cssSelector("[id='reports:messages'] .ui-messages-error"));
        assertTrue(browser.driver.findElement(By.id("reports:messages")).getText().contains("Campo obbligatorio"));
    }

    @Test
    void anOperatorIsKeptOutOfTheReportScreen() {
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/reports/reports.xhtml");
        browser.awaitText(By.id("error-message"), "Non hai i permessi");
        assertTrue(browser.driver.findElements(By.id("reports:report")).isEmpty());
    }

    @Test
    void thePartyCardPrintsItself() throws IOException {
        long party = AgendaIT.newPerson(Api.as("operator1", "demo"), "Stampata");
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/registry/party.xhtml?id=" + party);
        browser.click(By.id("party:printCard"));
        byte[] pdf = awaitDownload("party-card-" + party, ".pdf");
        assertTrue(ReportsIT.text(pdf).contains("Stampata"), "the card of the party on screen");
        browser.click(By.id("party:privacyForm"));
        assertTrue(ReportsIT.text(awaitDownload("privacy-form-" + party, ".pdf")).contains("Modulo per il trattamento"));
    }

    private byte[] awaitDownload(String prefix, String extension) throws IOException {
        Path file = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> find(prefix, extension), Optional::isPresent).orElseThrow();
        return Files.readAllBytes(file);
    }

    private Optional<Path> find(String prefix, String extension) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(extension))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
