package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static it.callcenter.it.MessageFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automations' screen in Chromium: a supervisor sees the three (birthday, welcome, appointment reminder), turns the
 * birthday wishes on and saves, runs today's at once, sees the run (when, what it did, its messages counted by state)
 * and lists the run's messages, the party wished among them, until its SMS shows delivered; turns it off again. An
 * admin sees the same screen; it fits a phone.
 */
@ExtendWith(TestServer.class)
class AutomationsBrowserIT {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final MessageFixture f = new MessageFixture("Automatico");
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
    void aSupervisorTurnsTheBirthdayWishesOnRunsThemAndSeesTheRunAndItsMessages() throws Exception {
        LocalDate today = LocalDate.now(ITALY);
        LocalDate born = today.getMonthValue() == 2 && today.getDayOfMonth() == 29 ? today.minusYears(28) : today.minusYears(40);
        long party = f.create(f.person("Rita", "Festeggiata", MessageFixture.mobile(), "birthday").put("birthDate", born.toString()));
        String label = single("SELECT display_name FROM party WHERE id = ?", party);
        birthdayWishes(false);

        browser.loginSuccessfully("supervisor", "demo");
        browser.openFromMenu("menu-messageAutomations");
        for (String title : new String[] {"Auguri di compleanno", "Benvenuto", "Promemoria appuntamento"}) {
            browser.await(By.xpath("//*[contains(@class,'ui-panel-title') and normalize-space(.)='" + title + "']"));
        }
        assertTrue(browser.driver.findElement(By.id("automations:list:0:runNow")).getAttribute("class").contains("ui-state-disabled"),
                "an automation that is off is not run by hand");

        toggle("automations:list:0:active", true);
        browser.click(By.id("automations:list:0:save"));
        awaitMessage("«Auguri di compleanno» salvato.");
        assertEquals("t", single("SELECT active FROM message_automation WHERE kind = 'BIRTHDAY'"));

        browser.click(By.id("automations:list:0:runNow"));
        awaitMessage("«Auguri di compleanno» eseguito");
        browser.awaitText(By.id("automations:list:0:lastRun"), "in coda");
        browser.awaitText(By.id("automations:list:0:runCounts"), "in quella esecuzione");
        assertEquals("1", single("SELECT count(*) FROM message WHERE automation = 'BIRTHDAY' AND party_id = ?", party));

        browser.click(By.id("automations:list:0:showRun"));
        browser.awaitText(By.id("runTitle"), "Messaggi di «Auguri di compleanno»");
        By row = By.xpath("//*[@id='automations:runMessages']//tr[.//a[contains(@class,'run-message-party') and normalize-space(.)='"
                + label + "']]");
        browser.await(row);
        // the run's messages go out: the page, opened again, shows the party's SMS delivered
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .withMessage("the party's birthday SMS shows delivered in the run's list")
                .until(d -> {
                    if (!"DELIVERED".equals(state(party))) {
                        return false;
                    }
                    browser.open("/messages/automations.xhtml");
                    browser.click(By.id("automations:list:0:showRun"));
                    browser.await(row);
                    return rowText(d, row).contains("consegnato");
                });
        assertTrue(browser.driver.findElement(By.id("automations:list:0:runCounts")).getText().matches(".*consegnati [1-9].*"),
                browser.driver.findElement(By.id("automations:list:0:runCounts")).getText());

        browser.phone();
        browser.open("/messages/automations.xhtml");
        browser.await(By.id("automations:list:0:save"));
        assertEquals(0, browser.horizontalOverflow(), "the automations fit a phone");
        browser.wide();
        browser.screenshots("message-automations");

        // the same screen in English: the labels, the run's summary and its counts
        browser.clickAndAwaitNewPage(By.id("menuForm:lang-en"));
        browser.await(By.id("automations:list:0:save"));
        String lastRun = browser.driver.findElement(By.id("automations:list:0:lastRun")).getText();
        assertTrue(lastRun.matches(".*\\d+ queued, \\d+ without an address, \\d+ on the do-not-call list, \\d+ without consent.*"),
                lastRun);
        assertTrue(browser.driver.findElement(By.id("automations:list:0:runCounts")).getText().matches(".*delivered [1-9].*"),
                browser.driver.findElement(By.id("automations:list:0:runCounts")).getText());
        assertEquals("Run now", browser.driver.findElement(By.id("automations:list:1:runNow")).getText().strip());
        browser.screenshots("message-automations-en");
        browser.clickAndAwaitNewPage(By.id("menuForm:lang-it"));

        browser.open("/messages/automations.xhtml");
        toggle("automations:list:0:active", false);
        browser.click(By.id("automations:list:0:save"));
        awaitMessage("«Auguri di compleanno» salvato.");
        assertEquals("f", single("SELECT active FROM message_automation WHERE kind = 'BIRTHDAY'"));
    }

    @Test
    void anAdminSeesTheAutomationsAndTheirLastRun() {
        browser.loginSuccessfully("admin", "demo");
        browser.openFromMenu("menu-messageAutomations");
        for (int i = 0; i < 3; i++) {
            By run = By.xpath("//*[@id='automations:list:" + i + ":lastRun' or @id='automations:list:" + i + ":neverRun']");
            browser.await(run);
        }
    }

    /** Waits for the page's message; a failure says what the page showed instead. */
    private void awaitMessage(String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the page says: " + browser.driver.findElement(By.id("automations")).getText())
                .until(d -> d.findElement(By.id("automations:messages")).getText().contains(text));
    }

    private void toggle(String id, boolean on) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            if (d.findElement(By.id(id + "_input")).isSelected() != on) {
                d.findElement(By.cssSelector("[id='" + id + "'] .ui-toggleswitch-slider")).click();
            }
            return d.findElement(By.id(id + "_input")).isSelected() == on;
        });
    }

    private static String rowText(WebDriver driver, By row) {
        return driver.findElement(row).getText();
    }

    private static String state(long party) {
        try {
            return single("SELECT state FROM message WHERE automation = 'BIRTHDAY' AND party_id = ?", party);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The birthday wishes by SMS, at 23:59 (so the daily job does not run them during the test), on or off. */
    private void birthdayWishes(boolean active) {
        JsonNode birthday = null;
        for (JsonNode a : f.supervisor.get("/messages/automations").json()) {
            if ("BIRTHDAY".equals(a.get("kind").asText())) {
                birthday = a;
            }
        }
        ObjectNode change = MessageFixture.JSON.createObjectNode().put("active", active).put("channel", "SMS")
                .put("language", "it").put("subject", "Auguri").put("template", "Tanti auguri {nome}!").put("sendAt", "23:59")
                .put("version", birthday.get("version").asLong());
        Api.Reply changed = f.supervisor.put("/messages/automations/BIRTHDAY", change.toString());
        assertEquals(200, changed.status(), changed.body());
    }
}
