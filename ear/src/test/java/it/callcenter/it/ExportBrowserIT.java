package it.callcenter.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive's export buttons as a supervisor clicks them (an operator has none): the file of the current search
 * lands in the download folder (headless Chromium is told where through the DevTools protocol, since Browser's
 * options are shared).
 */
@ExtendWith(TestServer.class)
class ExportBrowserIT {

    private Browser browser;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser();
        downloads = Files.createTempDirectory("export-downloads");
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
    void exportsTheCurrentSearchAsCsvAndExcel() throws IOException {
        ObjectNode person = PartiesIT.person("Scaricato", "Bottonesco", PartiesIT.newMobile());
        person.with("address").put("street", "@Via dei Test 1");
        assertEquals(201, Api.as("operator1", "demo").post("/parties", person.toString()).status());

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/registry/archive.xhtml");
        browser.type(By.id("archive:q"), "bottonesco");
        browser.driver.findElement(By.id("archive:exportCsv")).click();
        String csv = new String(awaitDownload(".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFTipo;Nominativo;"), csv);
        assertTrue(csv.contains("Bottonesco Scaricato;Bottonesco;Scaricato;;;;'@Via dei Test 1;"), csv);
        assertEquals(2, csv.split("\r\n").length, "the header and the one party of the search");

        browser.driver.findElement(By.id("archive:exportXlsx")).click();
        byte[] xlsx = awaitDownload(".xlsx");
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
    }

    @Test
    void anOperatorHasNoExportButtons() {
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/registry/archive.xhtml");
        browser.await(By.id("archive:search"));
        assertTrue(browser.driver.findElements(By.id("archive:exportCsv")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("archive:exportXlsx")).isEmpty());
    }

    private byte[] awaitDownload(String extension) throws IOException {
        Path file = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> find(extension), Optional::isPresent).orElseThrow();
        assertTrue(file.getFileName().toString().matches("anagrafiche-\\d{4}-\\d{2}-\\d{2}\\" + extension));
        return Files.readAllBytes(file);
    }

    private Optional<Path> find(String extension) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
