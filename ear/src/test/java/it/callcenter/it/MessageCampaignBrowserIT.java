package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supervisor builds an SMS campaign in Chromium: the text with a placeholder and its length in segments, the
 * criteria of the call campaigns, the live preview (who is reached, who is left out and why, segments and cost), the
 * save, the send with its confirmation, and the progress on the page until every receipt is in.
 */
@ExtendWith(TestServer.class)
class MessageCampaignBrowserIT {

    private final MessageFixture f = new MessageFixture("Schermo");
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
    void theSupervisorBuildsAnSmsCampaignSeesPreviewAndCostSendsItAndWatchesProgress() {
        for (String name : new String[] {"Alba", "Bice", "Cloe"}) {
            f.create(f.person(name, "Schermo", MessageFixture.mobile(), "marketing", "promotions"));
        }
        f.create(f.person("Dora", "Riservata", MessageFixture.mobile(), "marketing"));

        browser.loginSuccessfully("supervisor", "demo");
        browser.openFromMenu("menu-messageCampaigns");
        browser.clickAndAwaitNewPage(By.id("messageCampaigns:new"));
        browser.type(By.id("campaign:name"), f.run);
        browser.type(By.id("campaign:template"), "Ciao {nome}, da oggi i saldi di primavera in tutti i negozi!");
        browser.awaitAjax();
        browser.awaitText(By.id("campaign:lengthText"), "1 segmento");
        browser.await(By.id("campaign:interests_input")).sendKeys(f.run, Keys.ENTER);
        browser.awaitAjax();
        awaitFigures(Map.of("count", "3", "noConsent", "1", "doNotCall", "0", "noAddress", "0", "segments", "3"));
        String cost = browser.driver.findElement(By.id("campaign:cost")).getText();
        assertTrue(cost.contains("0,15"), "3 segments at 0.05 euro: " + cost);

        browser.clickAndAwaitNewPage(By.id("campaign:save"));
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver.getCurrentUrl());
        assertTrue(id.find(), browser.driver.getCurrentUrl());
        awaitFigures(Map.of("count", "3", "noConsent", "1"));

        browser.await(By.id("campaign:send")).click();
        browser.await(By.id("campaign:confirmYes")).click();
        browser.awaitAjax();
        // the page follows the send, then the receipts, by itself
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the progress shows: " + browser.driver.findElement(By.id("campaign:progressBox")).getText())
                .until(d -> shows(d, "state", "Completata") && shows(d, "delivered", "3") && shows(d, "failed", "0")
                        && d.findElement(By.id("campaign:progressBar")).getText().contains("100%"));

        JsonNode figures = f.supervisor.get("/messages/campaigns/" + id.group(1)).json();
        assertEquals("DONE", figures.get("state").asText(), figures.toString());
        assertEquals(3, figures.get("delivered").asLong(), figures.toString());
        assertEquals("Ciao {nome}, da oggi i saldi di primavera in tutti i negozi!", figures.get("template").asText());

        // the list shows it sent, with its day and time (an instant the page formats itself)
        browser.open("/messages/campaigns.xhtml");
        browser.await(By.xpath("//tr[.//a[contains(@class,'message-campaign-name') and normalize-space(.)='" + f.run + "']]"
                + "//td[contains(normalize-space(.), '/20')]"));
    }

    private static boolean shows(org.openqa.selenium.WebDriver driver, String id, String text) {
        var found = driver.findElements(By.id("campaign:" + id));
        return !found.isEmpty() && found.get(0).getText().strip().equals(text);
    }

    /** Waits until each figure of the preview (ids campaign:name) shows exactly its value. */
    private void awaitFigures(Map<String, String> expected) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).withMessage(() -> "the preview shows: "
                + browser.driver.findElement(By.id("campaign:preview")).getText()).until(d -> expected.entrySet().stream().allMatch(e -> {
            var found = d.findElements(By.id("campaign:" + e.getKey()));
            return !found.isEmpty() && e.getValue().equals(found.get(0).getText().strip());
        }));
    }
}
