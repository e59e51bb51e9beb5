package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The party card as operators read it while talking (issue 11): dates typed at a person's speed, each error beside
 * its field and in sight after "Salva", the party's name as the heading, columns on a wide screen.
 */
@ExtendWith(TestServer.class)
class PartyCardIT {

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
    void aBirthDateAndAnActivityStartTypedAtAPersonsSpeedAreKept() {
        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/registry/party.xhtml?type=PERSON");
        browser.type(By.id("party:lastName"), "Datata" + run);
        browser.type(By.id("party:firstName"), "Persona");
        browser.type(By.id("party:contacts:0:value"), PartiesIT.newMobile());
        By birthDate = By.id("party:birthDate_input");
        browser.typeSlowly(birthDate, "15/03/1985", KEY_PAUSE);
        assertFalse(browser.driver.findElement(By.id("party:birthDate_panel")).isDisplayed(), "typing opens no calendar");
        assertEquals("15/03/1985", browser.driver.findElement(birthDate).getAttribute("value"));
        browser.driver.findElement(birthDate).sendKeys(Keys.TAB);
        browser.awaitAjax();
        assertEquals("15/03/1985", browser.driver.findElement(birthDate).getAttribute("value"));
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        assertEquals("1985-03-15", supervisor.get("/parties/" + idInUrl()).json().get("birthDate").asText());
        assertEquals("15/03/1985", browser.driver.findElement(birthDate).getAttribute("value"));

        browser.open("/registry/party.xhtml?type=COMPANY");
        browser.type(By.id("party:companyName"), "Datata " + run + " Srl");
        browser.type(By.id("party:vatNumber"), PrivacyIT.vatNumber());
        browser.type(By.id("party:contacts:0:value"), String.format("06 %08d", System.nanoTime() % 100_000_000));
        By activityStart = By.id("party:activityStart_input");
        browser.typeSlowly(activityStart, "01/09/2004", KEY_PAUSE);
        assertFalse(browser.driver.findElement(By.id("party:activityStart_panel")).isDisplayed(), "typing opens no calendar");
        browser.driver.findElement(activityStart).sendKeys(Keys.TAB);
        browser.awaitAjax();
        assertEquals("01/09/2004", browser.driver.findElement(activityStart).getAttribute("value"));
        browser.clickAndAwaitNewPage(By.id("party:save"));
        browser.awaitText(By.id("party:messages"), "Anagrafica salvata.");
        assertEquals("2004-09-01", supervisor.get("/parties/" + idInUrl()).json().get("activityStart").asText());
        browser.screenshots("party-card-company");

        browser.driver.findElement(By.cssSelector("[id='party:activityStart'] .ui-datepicker-trigger")).click();
        browser.await(By.id("party:activityStart_panel"));
    }

    @Test
    void afterARefusedSaveTheFirstErrorIsInSightBesideItsMarkedField() {
        browser.phone();
        browser.loginSuccessfully("operator1", "demo");
        browser.open("/registry/party.xhtml?type=PERSON");
        assertTrue(browser.await(By.cssSelector("label[for='party:lastName'] .ui-outputlabel-rfi")).isDisplayed(),
                "a required field is marked as such");
        assertTrue(browser.driver.findElements(By.cssSelector("label[for='party:fiscalCode'] .ui-outputlabel-rfi")).isEmpty());
        browser.type(By.id("party:lastName"), "Sbagliato" + run);
        browser.type(By.id("party:firstName"), "Mario");
        browser.type(By.id("party:fiscalCode"), "RSSMRA85T10A562X");
        browser.type(By.id("party:contacts:0:value"), "338 12");
        WebElement save = browser.driver.findElement(By.id("party:save"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        assertFalse(browser.inView(browser.driver.findElement(By.id("party:fiscalCode"))),
                "the save button is far below the field: the test means something");
        save.click();

        WebElement message = browser.await(By.xpath("//*[@id='party:fiscalCode']/following-sibling::*[contains(@class,'ui-message-error')]"));
        assertEquals("Codice fiscale: il carattere di controllo non \u00e8 corretto.", message.getText());
        browser.awaitAjax();
        WebElement fiscalCode = browser.driver.findElement(By.id("party:fiscalCode"));
        assertTrue(browser.inView(message) && browser.inView(fiscalCode), "the first error is scrolled into sight");
        Rectangle field = fiscalCode.getRect();
        Rectangle beside = message.getRect();
        assertTrue(beside.getY() >= field.getY() + field.getHeight() - 1 && beside.getY() - (field.getY() + field.getHeight()) < 16
                && Math.abs(beside.getX() - field.getX()) < 16, "the message sits right under its field: " + field + " " + beside);
        assertTrue(fiscalCode.getAttribute("class").contains("ui-state-error"), "the field is marked");
        assertTrue(browser.driver.findElement(By.cssSelector("label[for='party:fiscalCode']")).getAttribute("class").contains("ui-state-error"),
                "its label too");
        assertEquals("party:fiscalCode", ((JavascriptExecutor) browser.driver).executeScript("return document.activeElement.id;"),
                "the cursor is in the field to fix");

        WebElement mobile = browser.driver.findElement(By.id("party:contacts:0:value"));
        assertTrue(mobile.getAttribute("class").contains("ui-state-error"), "a field in a contact's row is marked too");
        assertEquals("Cellulare: formato non valido.",
                mobile.findElement(By.xpath("following-sibling::*[contains(@class,'ui-message-error')]")).getText());
        browser.awaitText(By.id("party:messages"), "Non salvato: 3 campi da correggere, segnati in rosso.");
        assertEquals("Sbagliato" + run, browser.driver.findElement(By.id("party:lastName")).getAttribute("value"), "what was typed stays");
        assertEquals(0, browser.horizontalOverflow(), "the refused card does not scroll sideways on a phone: " + tooWide());
        browser.screenshots("party-card-errors");

        browser.wide();
        browser.driver.findElement(By.id("party:contacts:0:value")).clear();
        browser.driver.findElement(By.id("party:fiscalCode")).clear();
        browser.click(By.id("party:save"));
        browser.awaitAjax();
        WebElement missing = browser.await(By.xpath("//*[@id='party:contactList']/following-sibling::*[contains(@class,'ui-message-error')]"));
        assertEquals("Recapiti: per una persona fisica il cellulare \u00e8 obbligatorio.", missing.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("[id='party:fiscalCode'].ui-state-error")).isEmpty(), "fixed, no longer marked");
        assertEquals(0, supervisor.get("/parties?q=sbagliato" + run.toLowerCase()).json().get("total").asLong());
    }

    @Test
    void theCardIsHeadedByTheNameAndUsesColumnsOnAWideScreen() {
        String email = "amministrazione.contabilita." + run + "@studio-rossi.it";
        ObjectNode person = PartiesIT.person("Giovanna", "Colonna" + run, PartiesIT.newMobile())
                .put("fiscalCode", ImportParityIT.fiscalCode("Col" + run));
        ((com.fasterxml.jackson.databind.node.ArrayNode) person.get("contacts")).addObject().put("kind", "EMAIL").put("value", email);
        Api.Reply created = supervisor.post("/parties", person.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();

        browser.wideScreen();
        browser.loginSuccessfully("supervisor", "demo");
        browser.open("/registry/party.xhtml?type=COMPANY");
        browser.awaitText(By.id("card-title"), "Nuova azienda");
        browser.open("/registry/party.xhtml?id=" + id);
        browser.awaitText(By.id("card-title"), "Colonna" + run + " Giovanna");
        assertTrue(browser.driver.getTitle().contains("Colonna" + run + " Giovanna"), browser.driver.getTitle());
        browser.awaitAjax();

        Rectangle lastName = browser.driver.findElement(By.id("party:lastName")).getRect();
        Rectangle street = browser.driver.findElement(By.id("party:street")).getRect();
        Rectangle status = browser.driver.findElement(By.id("party:status")).getRect();
        assertTrue(street.getX() >= lastName.getX() + lastName.getWidth() && Math.abs(street.getY() - lastName.getY()) < 80,
                "identity and address side by side: " + lastName + " " + street);
        assertTrue(status.getX() >= street.getX() + street.getWidth() && Math.abs(status.getY() - street.getY()) < 80,
                "a third column: " + street + " " + status);
        Rectangle firstName = browser.driver.findElement(By.id("party:firstName")).getRect();
        assertEquals(lastName.getY(), firstName.getY(), "last and first name on one row");

        WebElement emailInput = browser.driver.findElement(By.id("party:contacts:1:value"));
        assertEquals(email, emailInput.getAttribute("value"));
        assertTrue(fullyVisible(emailInput), "the whole e-mail is in sight");
        assertTrue(fullyVisible(browser.driver.findElement(By.id("party:fiscalCode"))), "the whole codice fiscale is in sight");
        WebElement mobileInput = browser.driver.findElement(By.id("party:contacts:0:value"));
        assertTrue(mobileInput.getAttribute("value").matches("\\+39 3\\d\\d \\d{3} \\d{4}"), "a mobile as people read it: " + mobileInput.getAttribute("value"));
        assertTrue(fullyVisible(mobileInput), "the whole mobile is in sight");
        assertTrue(browser.driver.findElement(By.id("party:fiscalCode")).getRect().getWidth() < 260, "a codice fiscale's width");
        assertTrue(browser.driver.findElement(By.id("party:postalCode")).getRect().getWidth() < 150, "a CAP's width");
        assertTrue(browser.driver.findElement(By.id("party:birthDate_input")).getRect().getWidth() < 180, "a date's width");
        JsonNode card = supervisor.get("/parties/" + id).json();
        assertEquals("EMAIL", card.get("contacts").get(1).get("kind").asText());

        browser.screenshots("party-card-person");
        assertTrue(browser.driver.findElements(By.id("party:contacts:0:emailConsent")).isEmpty(), "no e-mail consent for a mobile");
        browser.pickSelectOne("party:contacts:0:kind", "E-mail");
        browser.await(By.id("party:contacts:0:emailConsent"));
        assertTrue(browser.driver.findElements(By.id("party:contacts:0:carrier")).isEmpty(), "a carrier only for a mobile");
        // the list of kinds closes with an animation; measured while it still shows, it sticks out at the old width
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.id("party:contacts:0:kind_panel")));
        browser.phone();
        browser.awaitAjax();
        assertEquals(0, browser.horizontalOverflow(), "one column on a phone, nothing sideways: " + tooWide());
        Rectangle narrowLastName = browser.driver.findElement(By.id("party:lastName")).getRect();
        Rectangle narrowStreet = browser.driver.findElement(By.id("party:street")).getRect();
        assertTrue(narrowStreet.getY() > narrowLastName.getY() + narrowLastName.getHeight(), "the address under the identity on a phone");
        assertTrue(fullyVisible(browser.driver.findElement(By.id("party:contacts:1:value"))), "the long e-mail wraps, read whole on a phone too");
        browser.wide();
    }

    /** What reaches beyond the window's right edge, to say why a page scrolls sideways. */
    private Object tooWide() {
        return ((JavascriptExecutor) browser.driver).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 1 && out.length < 8) out.push((e.id || e.className) + ' ' + Math.round(r.right)); });"
                        + "return out.join(', ');");
    }

    /** The input shows all its text: nothing scrolled out of sight inside it, sideways or down. */
    private boolean fullyVisible(WebElement input) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth && arguments[0].scrollHeight <= arguments[0].clientHeight + 1;", input));
    }

    private long idInUrl() {
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }
}
