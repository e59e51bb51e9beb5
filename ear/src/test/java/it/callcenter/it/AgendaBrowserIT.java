package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agenda in the browser: the field agent's calendar shows an appointment booked through the API and opens the
 * party's card, whose timeline shows it; an activity added on the card shows there and can be marked done; an
 * administrator makes a user a field agent.
 */
@ExtendWith(TestServer.class)
class AgendaBrowserIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Api operator1 = Api.as("operator1", "demo");
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
    void theCalendarShowsTheAppointmentAndTheCardsTimelineShowsItAndAnActivityAddedThere() {
        String agent = AgendaIT.newAgent();
        String lastName = "Visitata" + System.nanoTime() % 100_000;
        long party = AgendaIT.newPerson(operator1, lastName);
        LocalDate day = LocalDate.now(AgendaIT.ROME).plusDays(2);
        AgendaIT.created(operator1.post("/appointments", AgendaIT.booking(party, agent, day + "T10:00", 60)));

        browser.loginSuccessfully("operator1", "demo");
        browser.open("/agenda/agenda.xhtml?agent=" + agent + "&date=" + day);
        By event = By.xpath("//a[contains(@class,'fc-event')][contains(., '" + lastName + "')]");
        browser.await(event);
        browser.clickAndAwaitNewPage(event);
        browser.awaitUrlContains("registry/party.xhtml?id=" + party);
        browser.awaitText(By.id("timeline-events"), "Appuntamento fissato per il " + day.format(SHOWN) + " 10:00 con Test " + agent
                + " presso Via Roma 1, 20121 Milano (MI)");

        browser.type(By.id("timeline:activityText"), "Richiamare per il rinnovo");
        browser.pickSelectOne("timeline:inMonths", "Fra 9 mesi");
        String nineMonths = LocalDate.now(AgendaIT.ROME).plusMonths(9).format(SHOWN);
        browser.driver.findElement(By.id("timeline:addActivity")).click();
        browser.awaitText(By.id("timeline:activities"), "Richiamare per il rinnovo");
        browser.awaitText(By.id("timeline-events"), "Attività per operator1 entro il " + nineMonths + ": Richiamare per il rinnovo");
        assertTrue(browser.driver.findElement(By.id("timeline:activities")).getText().contains(nineMonths));

        browser.driver.findElement(By.id("timeline:activities:0:done")).click();
        browser.awaitText(By.id("timeline-events"), "Attività completata: Richiamare per il rinnovo");
        browser.awaitText(By.id("timeline:activities"), "Nessuna attività aperta.");
    }

    @Test
    void anAdministratorMakesAUserAFieldAgentAndTheCalendarOffersThem() {
        String username = "agente.ui" + System.nanoTime() % 100_000;
        TestUsers.create(username, AgendaIT.AGENT_PASSWORD, "OPERATOR");

        browser.loginSuccessfully("admin", "demo");
        browser.open("/admin/agents.xhtml");
        browser.await(By.id("agents:new")).click();
        browser.pickSelectOne("agentForm:username", username);
        browser.type(By.id("agentForm:phone"), "+39 02 7654321");
        browser.driver.findElement(By.id("agentForm:save")).click();
        browser.await(Browser.growl("Agente Test " + username + " salvato."));
        browser.awaitText(By.id("agents:table"), "+39 02 7654321");

        browser.open("/agenda/agenda.xhtml");
        browser.await(By.id("agenda:schedule"));
        assertTrue(browser.driver.findElement(By.id("agenda:agent_input")).getAttribute("innerHTML").contains("Test " + username));
    }
}
