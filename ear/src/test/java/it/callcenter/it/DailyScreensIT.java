package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screens as people use them all day (issue 11): the import job's figures each beside its own label, the
 * language switch that keeps the record on screen, dates typed at a person's speed, the fill wizard that creates its
 * campaign only when confirmed, the archive's phones, total and last page, the phone layout.
 */
@ExtendWith(TestServer.class)
class DailyScreensIT {

    /** A person types a date at about this pace; the field must keep every key. */
    private static final Duration KEY_PAUSE = Duration.ofMillis(120);

    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = ImportIT.letters(System.nanoTime());
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
    void theImportJobPageShowsEachFigureBesideItsOwnLabel() {
        StringBuilder csv = new StringBuilder("Cognome;Nome;Cellulare\r\n");
        for (int i = 0; i < 8; i++) {
            csv.append("Fig").append(run).append(";Nome").append(ImportIT.letters(i)).append(';').append(PartiesIT.newMobile()).append("\r\n");
        }
        csv.append("Fig").append(run).append(";Rifiutato;12ab\r\n").append("Fig").append(run).append(";Scartato;99\r\n");
        Api.Reply accepted = supervisor.postMultipart("/imports", Map.of(), "cifre-" + run + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, accepted.status(), accepted.body());
        long id = accepted.json().get("id").asLong();
        JsonNode job = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> supervisor.get("/imports/" + id).json(), j -> "DONE".equals(j.get("state").asText()));
        assertEquals(10, job.get("read").asLong(), job.toString());
        assertEquals(8, job.get("created").asLong(), job.toString());
        assertEquals(2, job.get("rejected").asLong(), job.toString());

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/importing/job.xhtml?id=" + id);
        browser.awaitText(By.id("job:state"), "Completata");
        Map<String, String> labels = Map.of("read", "Lette", "created", "Create", "updated", "Aggiornate", "skipped", "Saltate",
                "rejected", "Scartate");
        // the page's last poll may render the figures again while they are read: read them again then
        labels.forEach((figure, label) -> Awaitility.await().atMost(Duration.ofSeconds(10))
                .ignoreException(StaleElementReferenceException.class).untilAsserted(() -> {
                    WebElement value = browser.driver.findElement(By.id("job:" + figure));
                    assertEquals(job.get(figure).asText(), value.getText(), figure);
                    WebElement name = value.findElement(By.xpath("preceding-sibling::*[1]"));
                    assertEquals(label, name.getText(), figure);
                    assertTrue(Math.abs(name.getRect().getY() - value.getRect().getY()) < 12 && name.getRect().getX() < value.getRect().getX(),
                            label + " and its figure sit on one row, the label first: " + name.getRect() + " " + value.getRect());
                }));
        browser.screenshots("import-job");
    }

    @Test
    void theLanguageSwitchKeepsThePartyCardAndTheCampaignOnScreen() {
        Api.Reply created = supervisor.post("/parties", PartiesIT.person("Lingua", "Scambio" + run, PartiesIT.newMobile()).toString());
        assertEquals(201, created.status(), created.body());
        long party = created.json().get("id").asLong();
        long campaign = CampaignFixture.create(supervisor, "Lingue " + run);

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/registry/party.xhtml?id=" + party);
        assertEquals("Scambio" + run, browser.await(By.id("party:lastName")).getAttribute("value"));
        browser.clickAndAwaitNewPage(By.id("menuForm:lang-en"));
        browser.awaitText(By.id("menuForm:logout"), "Log out");
        assertTrue(browser.driver.getCurrentUrl().contains("id=" + party), browser.driver.getCurrentUrl());
        assertEquals("Scambio" + run, browser.await(By.id("party:lastName")).getAttribute("value"), "the same party, in English");

        browser.open("/campaign/campaign.xhtml?id=" + campaign);
        browser.awaitText(By.id("campaign-title"), "Lingue " + run);
        browser.clickAndAwaitNewPage(By.id("menuForm:lang-it"));
        browser.awaitText(By.id("menuForm:logout"), "Esci");
        assertTrue(browser.driver.getCurrentUrl().contains("id=" + campaign), browser.driver.getCurrentUrl());
        browser.awaitText(By.id("campaign-title"), "Lingue " + run);
        assertEquals("Bozza", browser.driver.findElement(By.id("campaign:state")).getText());
    }

    @Test
    void aDateTypedAtAPersonsSpeedIsKeptAndTheCalendarOpensOnlyFromItsButton() {
        long campaign = CampaignFixture.create(supervisor, "Date " + run);
        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/campaign/campaign.xhtml?id=" + campaign);
        By startsOn = By.id("campaign:startsOn_input");
        browser.typeSlowly(startsOn, "15/03/2031", KEY_PAUSE);
        assertFalse(browser.driver.findElement(By.id("campaign:startsOn_panel")).isDisplayed(), "typing opens no calendar");
        assertEquals("15/03/2031", browser.driver.findElement(startsOn).getAttribute("value"));
        browser.driver.findElement(startsOn).sendKeys(Keys.TAB);
        browser.awaitAjax();
        assertEquals("15/03/2031", browser.driver.findElement(startsOn).getAttribute("value"));
        browser.driver.findElement(By.id("campaign:save")).click();
        browser.await(Browser.growl("Campagna \u00abDate " + run + "\u00bb salvata."));
        assertEquals("2031-03-15", supervisor.get("/campaigns/" + campaign).json().get("startsOn").asText());

        browser.driver.findElement(By.cssSelector("[id='campaign:endsOn'] .ui-datepicker-trigger")).click();
        browser.await(By.id("campaign:endsOn_panel"));
    }

    @Test
    void anAbandonedFillWizardLeavesNoCampaignBehind() {
        String name = "Abbandonata " + run;
        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/campaign/fill.xhtml");
        browser.await(By.xpath("//*[@id='fill:mode']//*[normalize-space(.)='Nuova campagna']")).click();
        browser.type(By.id("fill:newName"), name);
        browser.driver.findElement(By.id("fill:wizard_next")).click();
        browser.await(By.id("fill:previewCount"));
        browser.typeSlowly(By.id("fill:notContactedSince_input"), "01/02/2020", KEY_PAUSE);
        browser.driver.findElement(By.id("fill:notContactedSince_input")).sendKeys(Keys.TAB);
        browser.awaitAjax();
        assertEquals("01/02/2020", browser.driver.findElement(By.id("fill:notContactedSince_input")).getAttribute("value"));
        browser.screenshots("fill-wizard");

        browser.open("/campaign/list.xhtml");
        browser.await(By.id("campaigns:table"));
        assertFalse(browser.driver.findElement(By.id("campaigns:table")).getText().contains(name));
        assertEquals(201, supervisor.post("/campaigns", "{\"name\":\"" + name + "\"}").status(), "the name is still free");
    }

    @Test
    void theArchiveShowsPhonesAsPeopleReadThemItsTotalAndTheRightLastPage() {
        String lastName = "Pagina" + run;
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String mobile = PartiesIT.newMobile();
            mobiles.add(mobile);
            Api.Reply reply = supervisor.post("/parties", PartiesIT.person("Nome" + ImportIT.letters(i), lastName, mobile).toString());
            assertEquals(201, reply.status(), reply.body());
        }
        JsonNode last = supervisor.get("/parties?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8) + "&page=1&size=25").json();
        assertEquals(30, last.get("total").asLong());
        List<String> expected = new ArrayList<>();
        last.get("items").forEach(item -> expected.add(item.get("displayName").asText()));

        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/registry/archive.xhtml");
        long all = supervisor.get("/parties?size=1").json().get("total").asLong();
        browser.awaitText(By.cssSelector("[id='archive:table'] .ui-paginator-current"),
                NumberFormat.getIntegerInstance(Locale.ITALIAN).format(all) + " anagrafiche");
        assertTrue(browser.driver.findElements(By.cssSelector("[id='archive:table'] .ui-button-danger")).isEmpty(), "no delete on the rows");

        browser.type(By.id("archive:q"), lastName);
        browser.driver.findElement(By.id("archive:search")).click();
        browser.awaitText(By.cssSelector("[id='archive:table'] .ui-paginator-current"), "30 anagrafiche");
        String phone = browser.driver.findElement(By.cssSelector("[id='archive:table'] .party-phone")).getText();
        assertTrue(phone.matches("\\+39 3\\d\\d \\d{3} \\d{4}"), phone);
        browser.driver.findElement(By.cssSelector("[id='archive:table'] .ui-paginator-last")).click();
        browser.awaitAjax();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> names().size() == 5);
        assertEquals(expected, names(), "the last page, read from the end, is the page the API gives");
    }

    @Test
    void onAPhoneTheMenuIsAButtonAndTheMainScreensDoNotScrollSideways() {
        browser.phone();
        browser.open("/login.xhtml");
        browser.await(By.id("login:username"));
        assertEquals(0, browser.horizontalOverflow(), "login");
        browser.loginSuccessfully("admin", "demo");
        assertFalse(browser.driver.findElement(By.id("menuForm:menu-registry")).isDisplayed(), "the menu is folded");
        browser.driver.findElement(By.id("menuToggle")).click();
        browser.await(By.id("menuForm:menu-registry"));
        for (String page : List.of("/registry/archive.xhtml", "/campaign/list.xhtml", "/importing/imports.xhtml", "/compliance/dnc.xhtml",
                "/admin/users.xhtml")) {
            browser.open(page);
            browser.await(By.id("menuForm:logout"));
            browser.awaitAjax();
            assertEquals(0, browser.horizontalOverflow(), page + " scrolls sideways");
        }
        browser.open("/registry/archive.xhtml");
        assertTrue(browser.await(By.cssSelector("[id='archive:table'] .party-phone")).isDisplayed(), "the phone stays");
        assertFalse(browser.driver.findElement(By.cssSelector("[id='archive:table'] th.app-col-wide")).isDisplayed(),
                "the other columns wait for a wider screen");
        browser.wide();
    }

    /** The main screens at 1440 and 390 px, kept in ear/target/screenshots for a reviewer. */
    @Test
    void mainScreensAreScreenshotAtBothSizes() {
        long campaign = CampaignFixture.filled(supervisor, "Schermate " + run, 3);
        browser.open("/login.xhtml");
        browser.await(By.id("login:username"));
        browser.screenshots("login");
        browser.loginSuccessfully("admin", "demo");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "/index.xhtml");
        pages.put("archive", "/registry/archive.xhtml");
        pages.put("party-card", "/registry/party.xhtml?type=PERSON");
        pages.put("campaign-list", "/campaign/list.xhtml");
        pages.put("campaign", "/campaign/campaign.xhtml?id=" + campaign);
        pages.put("fill-wizard-start", "/campaign/fill.xhtml");
        pages.put("imports", "/importing/imports.xhtml");
        pages.put("import-new", "/importing/import.xhtml");
        pages.put("dnc", "/compliance/dnc.xhtml");
        pages.put("rpo", "/compliance/rpo.xhtml");
        pages.put("users", "/admin/users.xhtml");
        pages.put("lead-sources", "/admin/lead-sources.xhtml");
        pages.put("custom-fields", "/admin/custom-fields.xhtml");
        pages.forEach((name, path) -> {
            browser.open(path);
            browser.await(By.id("menuForm:logout"));
            browser.awaitAjax();
            browser.screenshots(name);
        });
        assertTrue(java.nio.file.Files.exists(Browser.SCREENSHOTS.resolve("campaign-390.png")));
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (WebElement link : browser.driver.findElements(By.cssSelector("[id='archive:table'] .party-name"))) {
            names.add(link.getText());
        }
        return names;
    }
}
