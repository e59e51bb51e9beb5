package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static it.callcenter.it.MessageFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The message templates' own screen in Chromium: a supervisor lists them (paged), writes a new SMS template with a
 * placeholder button and sees its length turn UCS-2 with an accented capital, saves it, sees it rendered on a real
 * party found by search, turns it into a marketing e-mail whose preview carries the unsubscribe line (a service one
 * does not), and is told clearly when someone else changed the template meanwhile; the list and the page fit a phone;
 * an operator may not open them.
 */
@ExtendWith(TestServer.class)
class MessageTemplatesBrowserIT {

    private final MessageFixture f = new MessageFixture("Modello");
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
    void aSupervisorWritesATemplateSeesItsLengthAndItsPreviewOnAPartyAndIsToldOfAConcurrentChange() throws Exception {
        long party = f.create(f.person("Ilaria", "Modellini", MessageFixture.mobile(), "marketing", "promotions"));
        String label = single("SELECT display_name FROM party WHERE id = ?", party);
        String name = "Saldi " + f.run;

        browser.loginSuccessfully("supervisor", "demo");
        browser.openFromMenu("menu-messageTemplates");
        browser.clickAndAwaitNewPage(By.id("messageTemplates:new"));
        browser.type(By.id("template:name"), name);
        browser.type(By.id("template:body"), "Ciao ");
        browser.click(By.xpath("//button[contains(@class,'app-placeholder') and text()='{nome}']"));
        browser.await(By.id("template:body")).sendKeys(", arrivano i saldi!");
        browser.awaitAjax();
        browser.awaitText(By.id("template:lengthText"), "GSM-7");
        browser.awaitText(By.id("template:lengthText"), "1 segmento");
        browser.await(By.id("template:body")).sendKeys(" È il momento.");
        browser.awaitAjax();
        browser.awaitText(By.id("template:lengthText"), "UCS-2");

        browser.clickAndAwaitNewPage(By.id("template:save"));
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver.getCurrentUrl());
        assertTrue(id.find(), browser.driver.getCurrentUrl());
        browser.awaitText(By.id("title"), name);
        assertEquals("Ciao {nome}, arrivano i saldi! È il momento.",
                single("SELECT body FROM message_template WHERE id = ?", Long.parseLong(id.group(1))));

        browser.pickAutocomplete("template:sampleParty", "Modellini", label);
        browser.awaitText(By.id("sampleBody"), "Ciao Ilaria, arrivano i saldi! È il momento.");
        browser.awaitText(By.id("sampleBody"), "STOP");

        // an e-mail: marketing carries the unsubscribe line, a service message does not
        browser.click(By.xpath("//*[@id='template:channel']//*[normalize-space(.)='E-mail']"));
        browser.awaitAjax();
        browser.type(By.id("template:subject"), "Per {nome}");
        browser.awaitAjax();
        browser.awaitText(By.id("sampleSubject"), "Per Ilaria");
        browser.awaitText(By.id("sampleBody"), "Per non ricevere più queste e-mail");
        browser.pickSelectOne("template:purpose", "Servizio (es. promemoria)");
        browser.awaitAjax();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("sampleBody")).getText().startsWith("Ciao Ilaria")
                        && !d.findElement(By.id("sampleBody")).getText().contains("Per non ricevere"));

        // someone else saves the template meanwhile: this save is refused with a clear message, nothing overwritten
        MessageFixture.execute("UPDATE message_template SET body = 'Cambiato da un collega', version = version + 1 WHERE id = ?",
                Long.parseLong(id.group(1)));
        browser.click(By.id("template:save"));
        browser.awaitText(By.id("template:messages"), "Qualcun altro ha modificato questi dati nel frattempo");
        assertEquals("Cambiato da un collega", single("SELECT body FROM message_template WHERE id = ?", Long.parseLong(id.group(1))));

        // the list, paged, at desk width and on a phone
        browser.open("/messages/templates.xhtml");
        browser.await(By.xpath("//a[contains(@class,'message-template-name') and text()='" + name + "']"));
        browser.screenshots("message-templates");
        browser.phone();
        browser.open("/messages/templates.xhtml");
        browser.await(By.xpath("//a[contains(@class,'message-template-name') and text()='" + name + "']"));
        assertEquals(0, browser.horizontalOverflow(), "the list fits a phone");
        browser.open("/messages/template.xhtml?id=" + id.group(1));
        browser.await(By.id("template:body"));
        assertEquals(0, browser.horizontalOverflow(), "the page fits a phone");
        browser.wide();
        browser.screenshots("message-template");
    }

    @Test
    void anOperatorMayNotOpenTheTemplates() {
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/messages/templates.xhtml");
        browser.awaitText(By.id("error-message"), "");
        assertTrue(browser.driver.findElements(By.id("messageTemplates:table")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("menuForm:menu-messageTemplates")).isEmpty());
    }
}
