package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import screens as a supervisor uses them: upload a messy file, check the preview and the suggested mapping,
 * correct it, save it as a template, start, watch the progress to the end, download the rejected rows with their
 * reasons in Italian; a template applied to the next file; a large import cancelled half-way.
 */
@ExtendWith(TestServer.class)
class ImportScreensIT {

    private static final int CHUNK = 1000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Api supervisor = Api.as("supervisor", "demo");
    private Browser browser;
    private Path files;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser();
        files = Files.createTempDirectory("import-screens");
        Files.createDirectories(files.resolve("downloads"));
        ((ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", files.resolve("downloads").toString()));
        browser.loginSuccessfully("supervisor", "demo");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
        try (Stream<Path> all = Files.walk(files)) {
            for (Path file : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void uploadMapSaveTemplateWatchProgressAndDownloadTheRejectedRowsInItalian() throws IOException {
        long run = System.nanoTime();
        String lastName = "Scr" + ImportIT.letters(run);
        String other = "Scr" + ImportIT.letters(run + 7);
        String digits = String.format("%07d", run % 10_000_000);
        String csv = "Cognome;Nome;Codice fiscale;Recapito;Indirizzo;Localit\u00e0;Provincia;CAP;Annotazioni\r\n"
                + lastName + ";Niccol\u00f2;;347" + digits + ";Via Emilia 1;Forl\u00ec;FC;;\"prima riga\r\nseconda \"\"citata\"\"\"\r\n"
                + "Verdi;Anna;RSSMRA80A01H501X;348" + digits + ";;Milano;MI;20121;\r\n"
                + "\r\n"
                + "Neri;Luca;;349" + digits + ";;Atlantide;;;\r\n"
                + other + ";Nicol\u00f2;;340" + digits + ";Via Po 3;Cant\u00f9;CO;;\r\n";
        Path file = write("clienti-excel.csv", csv.getBytes(WINDOWS_1252));

        browser.driver.findElement(By.id("menuForm:menu-imports")).click();
        browser.await(By.id("imports:new"));
        browser.clickAndAwaitNewPage(By.id("imports:new"));
        browser.driver.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.awaitText(By.id("import:encoding"), "windows-1252");
        assertEquals(";", browser.driver.findElement(By.id("import:delimiter")).getText());
        String preview = browser.driver.findElement(By.id("import:preview")).getText();
        assertTrue(preview.contains("Niccol\u00f2") && preview.contains("Forl\u00ec") && preview.contains("Cant\u00f9"), preview);
        assertTrue(preview.contains("seconda \"citata\""), "the quoted new line stays in its cell: " + preview);
        assertTrue(preview.contains("Atlantide"), preview);

        assertEquals(List.of("Cognome", "Nome", "Codice fiscale", "(ignora)", "Indirizzo", "Comune", "Provincia", "CAP", "Note"),
                mapping(9), "the suggestion from the Italian headers");
        browser.pickSelectOne("import:mapping:3:field", "Cellulare");

        String template = "Fiera " + ImportIT.letters(run + 3);
        browser.type(By.id("import:templateName"), template);
        browser.driver.findElement(By.id("import:saveTemplate")).click();
        browser.awaitText(By.id("import:messages"), "Modello \u00ab" + template + "\u00bb salvato.");
        browser.awaitText(By.id("import:templates"), template);

        browser.clickAndAwaitNewPage(By.id("import:start"));
        assertTrue(browser.driver.getCurrentUrl().contains("/importing/job.xhtml?id="), browser.driver.getCurrentUrl());
        awaitState("Completata");
        browser.awaitText(By.cssSelector("[id='job:progress'] .ui-progressbar-label"), "100%");
        assertEquals("4 di 4 righe", browser.driver.findElement(By.id("job:position")).getText());
        assertEquals(Map.of("read", "4", "created", "2", "updated", "0", "skipped", "0", "rejected", "2"), counts());
        String errors = browser.driver.findElement(By.id("job:errors")).getText();
        assertTrue(errors.contains("4 Codice fiscale: "), errors);
        assertTrue(errors.contains("6 Comune: Comune sconosciuto."), errors);
        assertFalse(errors.contains("UNKNOWN_COMUNE") || errors.contains("fiscalCode"), "no codes shown: " + errors);

        browser.driver.findElement(By.id("job:download")).click();
        String rejected = new String(awaitDownload(), StandardCharsets.UTF_8);
        assertTrue(rejected.startsWith("\uFEFFCognome;Nome;Codice fiscale;Recapito;Indirizzo;Localit\u00e0;Provincia;CAP;Annotazioni;riga;motivo\r\n"), rejected);
        String[] lines = rejected.split("\r\n");
        assertEquals(3, lines.length, rejected);
        assertTrue(lines[1].startsWith("Verdi;Anna;RSSMRA80A01H501X;") && lines[1].contains(";4;Codice fiscale: "), lines[1]);
        assertTrue(lines[2].startsWith("Neri;Luca;;") && lines[2].endsWith(";6;Comune: Comune sconosciuto."), lines[2]);

        JsonNode found = supervisor.get("/parties?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).json();
        assertEquals(1, found.get("total").asLong(), found.toString());
        assertEquals("Forl\u00ec", found.get("items").get(0).get("comune").asText(), found.toString());
        assertEquals(1, supervisor.get("/parties?q=" + URLEncoder.encode(other, StandardCharsets.UTF_8)).json().get("total").asLong());
    }

    @Test
    void aSavedTemplateMapsTheNextFileByHeaderNameAndCanBeDeleted() throws IOException {
        long run = System.nanoTime();
        Path first = write("primo.csv", "Cognome;Nome;Recapito;Note\r\nRossi;Mario;3471234567;x\r\n".getBytes(StandardCharsets.UTF_8));
        Path second = write("secondo.csv", "NOTE,recapito,Cognome,Email\r\nx,3471234567,Rossi,a@b.it\r\n".getBytes(StandardCharsets.UTF_8));
        browser.open("/importing/import.xhtml");
        browser.driver.findElement(By.id("import:file")).sendKeys(first.toString());
        browser.awaitText(By.id("import:delimiter"), ";");
        browser.pickSelectOne("import:mapping:2:field", "Cellulare");
        String template = "Modello " + ImportIT.letters(run);
        browser.type(By.id("import:templateName"), template);
        browser.driver.findElement(By.id("import:saveTemplate")).click();
        browser.awaitText(By.id("import:messages"), "salvato.");

        browser.driver.findElement(By.id("import:file")).sendKeys(second.toString());
        browser.awaitText(By.id("import:delimiter"), ",");
        assertEquals(List.of("Note", "(ignora)", "Cognome", "E-mail"), mapping(4), "the suggestion before the template");
        int row = templateRow(template);
        browser.driver.findElement(By.id("import:templates:" + row + ":apply")).click();
        browser.awaitText(By.id("import:messages"), "Modello \u00ab" + template + "\u00bb applicato a 3 colonne.");
        assertEquals(List.of("Note", "Cellulare", "Cognome", "E-mail"), mapping(4));

        browser.driver.findElement(By.id("import:templates:" + row + ":delete")).click();
        browser.awaitText(By.id("import:messages"), "Modello \u00ab" + template + "\u00bb eliminato.");
        browser.awaitAjax();
        assertFalse(browser.driver.findElement(By.id("import:templates")).getText().contains(template));
    }

    @Test
    void consentsCustomFieldsAndTheOtherNewFieldsAreSuggestedAndOfferedWithTheirLabels() throws Exception {
        long run = System.nanoTime();
        String code = "canale" + run % 1_000_000_000L;
        String label = "Canale " + ImportIT.letters(run);
        try (var db = java.sql.DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             var insert = db.prepareStatement("INSERT INTO custom_field (id, code, label, type, applies_to, required, position)"
                     + " VALUES (nextval('configuration_seq'), ?, ?, 'TEXT', 'BOTH', false, 99)")) {
            insert.setString(1, code);
            insert.setString(2, label);
            insert.executeUpdate();
        }
        try {
            String lastName = "Cns" + ImportIT.letters(run);
            Path file = write("consensi.csv", ("Cognome;Nome;Cellulare;Privacy marketing;Terzi;Data consenso;Fonte consenso;"
                    + label + ";Valutazione;Note\r\n" + lastName + ";Ada;347" + String.format("%07d", run % 10_000_000)
                    + ";S;x;03/05/2019;modulo web;Fiera;A - Ottimo;Da richiamare\r\n").getBytes(StandardCharsets.UTF_8));
            browser.open("/importing/import.xhtml");
            browser.driver.findElement(By.id("import:file")).sendKeys(file.toString());
            browser.awaitText(By.id("import:delimiter"), ";");
            assertEquals(List.of("Cognome", "Nome", "Cellulare", "Consenso marketing", "(ignora)", "Data del consenso",
                    "Fonte del consenso", label, "Valutazione", "Note"), mapping(10), "suggested, custom field by its label");
            browser.pickSelectOne("import:mapping:4:field", "Consenso cessione a terzi");
            String options = String.join("|", browser.driver.findElements(By.cssSelector("[id='import:mapping:4:field_input'] option"))
                    .stream().map(o -> o.getAttribute("textContent")).toList());
            for (String offered : List.of("Consenso profilazione", "Consenso auguri di compleanno", "Consenso messaggio di benvenuto",
                    "Consenso promozioni", "Stato", "Referenti", label)) {
                assertTrue(options.contains(offered), offered + " in " + options);
            }
            browser.clickAndAwaitNewPage(By.id("import:start"));
            awaitState("Completata");
            assertEquals("1", counts().get("created"));

            JsonNode found = supervisor.get("/parties?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).json();
            long id = found.get("items").get(0).get("id").asLong();
            JsonNode card = supervisor.get("/parties/" + id).json();
            assertTrue(card.get("consents").get("marketing").asBoolean() && card.get("consents").get("thirdParties").asBoolean(),
                    card.toString());
            assertEquals("Fiera", card.get("customFields").get(code).asText(), card.toString());
            browser.open("/registry/party.xhtml?id=" + id);
            assertEquals("Da richiamare", browser.await(By.id("party:note")).getAttribute("value"));
            browser.driver.findElement(By.cssSelector("[id='party:historyBox'] legend")).click();
            browser.awaitText(By.id("party:history"), "modulo web");
            assertTrue(browser.driver.findElement(By.id("party:history")).getText().contains("consensi.csv"),
                    browser.driver.findElement(By.id("party:history")).getText());
        } finally {
            try (var db = java.sql.DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
                 var retire = db.prepareStatement("UPDATE custom_field SET active = false WHERE code = ?")) {
                retire.setString(1, code);
                retire.executeUpdate();
            }
        }
    }

    @Test
    void aLargeImportCancelledHalfWayKeepsExactlyItsCommittedChunks() throws IOException {
        long run = System.nanoTime();
        String lastName = "Canc" + ImportIT.letters(run);
        int rows = 60_000;
        StringBuilder csv = new StringBuilder("Cognome;Nome;Cellulare\r\n");
        long base = run % 1_000_000;
        for (int i = 0; i < rows; i++) {
            csv.append(lastName).append(";Nome").append(ImportIT.letters(i)).append(";34").append(String.format("%08d", (base * 100 + i) % 100_000_000)).append("\r\n");
        }
        Path file = write("grande.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        browser.open("/importing/import.xhtml");
        browser.driver.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.awaitText(By.id("import:encoding"), "UTF-8");
        browser.clickAndAwaitNewPage(By.id("import:start"));
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> supervisor.get("/imports/" + id).json().get("read").asLong() >= CHUNK);
        browser.driver.findElement(By.id("job:cancel")).click();
        awaitState("Annullata");

        JsonNode job = supervisor.get("/imports/" + id).json();
        assertEquals("CANCELLED", job.get("state").asText(), job.toString());
        long read = job.get("read").asLong();
        assertTrue(read >= CHUNK && read < rows, job.toString());
        assertEquals(0, read % CHUNK, "only whole chunks are committed: " + job);
        assertEquals(read, job.get("created").asLong() + job.get("updated").asLong() + job.get("skipped").asLong()
                + job.get("rejected").asLong(), job.toString());
        assertEquals(job.get("created").asLong(),
                supervisor.get("/parties?q=" + lastName.toLowerCase()).json().get("total").asLong(),
                "the parties created are those counted, no more");
        browser.awaitText(By.id("job:read"), java.text.NumberFormat.getIntegerInstance(java.util.Locale.ITALIAN).format(read));
        assertTrue(browser.driver.findElements(By.id("job:cancel")).isEmpty(), "a cancelled import cannot be cancelled again");
        List<String> trail = AuditTrail.of("IMPORT", id);
        assertEquals(2, trail.size(), "queued and cancelled: " + trail);
        assertTrue(trail.get(0).startsWith("CREATE supervisor file=grande.csv,duplicates="), trail.toString());
        assertEquals("UPDATE supervisor state=CANCELLED,file=grande.csv,read=" + read + ",created=" + job.get("created").asLong()
                + ",updated=0,skipped=" + job.get("skipped").asLong() + ",rejected=" + job.get("rejected").asLong(), trail.get(1));

        browser.open("/importing/imports.xhtml");
        browser.awaitText(By.id("imports:table"), "grande.csv");
        browser.awaitText(By.id("imports:table"), "Annullata");
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> supervisor.get("/imports/" + id).json().get("read").asLong() == read);
    }

    @Test
    void aSupervisorSeesTheirOwnImportsAndAManagerSeesThemAll() {
        String other = "sup" + ImportIT.letters(System.nanoTime());
        TestUsers.create(other, "demo-password-1", "SUPERVISOR");
        String fileName = "propri-" + other + ".csv";
        Api.Reply accepted = supervisor.postMultipart("/imports", Map.of(), fileName,
                "Cognome;Nome;Cellulare\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(202, accepted.status(), accepted.body());
        long id = accepted.json().get("id").asLong();
        assertEquals(404, Api.as(other, "demo-password-1").get("/imports/" + id).status());
        assertEquals(200, Api.as("manager", "demo").get("/imports/" + id).status());

        browser.open("/importing/imports.xhtml");
        browser.awaitText(By.id("imports:table"), fileName);
        signInAs(other, "demo-password-1");
        browser.open("/importing/imports.xhtml");
        assertFalse(browser.await(By.id("imports:table")).getText().contains(fileName));
        browser.open("/importing/job.xhtml?id=" + id);
        browser.await(By.cssSelector("[id='job:messages'] .ui-messages-error"));
        assertTrue(browser.driver.findElements(By.id("job:state")).isEmpty(), "another supervisor's import is not shown");
        signInAs("manager", "demo");
        browser.open("/importing/imports.xhtml");
        browser.awaitText(By.id("imports:table"), fileName);
    }

    private void signInAs(String username, String password) {
        browser.driver.findElement(By.id("menuForm:logout")).click();
        browser.await(By.id("login:username"));
        browser.loginSuccessfully(username, password);
    }

    private void awaitState(String state) {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> browser.driver.findElement(By.id("job:state")).getText(), state::equals);
    }

    private Map<String, String> counts() {
        return Stream.of("read", "created", "updated", "skipped", "rejected").collect(java.util.stream.Collectors.toMap(
                k -> k, k -> browser.driver.findElement(By.id("job:" + k)).getText()));
    }

    private List<String> mapping(int columns) {
        return java.util.stream.IntStream.range(0, columns)
                .mapToObj(i -> browser.driver.findElement(By.id("import:mapping:" + i + ":field_label")).getText()).toList();
    }

    private int templateRow(String name) {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='import:templates'] tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().startsWith(name)) {
                return i;
            }
        }
        throw new AssertionError("no template " + name);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private byte[] awaitDownload() throws IOException {
        Path file = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(this::downloaded, Optional::isPresent).orElseThrow();
        assertTrue(file.getFileName().toString().matches("import-\\d+-scartate\\.csv"), file.toString());
        return Files.readAllBytes(file);
    }

    private Optional<Path> downloaded() {
        try (Stream<Path> all = Files.list(files.resolve("downloads"))) {
            return all.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
