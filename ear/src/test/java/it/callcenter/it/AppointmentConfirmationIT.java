package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The day before an appointment its confirmation call is queued, once, in the system's campaign "Conferme
 * appuntamenti" (the background job queue.appointment-confirmations), and an operator the supervisor assigned to it
 * gets it from "next customer"; an appointment further ahead waits for its own day before.
 */
@ExtendWith(TestServer.class)
class AppointmentConfirmationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOB = "queue.appointment-confirmations";

    private final Api operator1 = Api.as("operator1", "demo");
    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");

    @Test
    void tomorrowsAppointmentIsQueuedOnceForTheOperatorsAndOneFurtherAheadWaits() {
        String agent = AgendaIT.newAgent();
        long tomorrowsParty = AgendaIT.newPerson(operator1, "Conferma");
        long laterParty = AgendaIT.newPerson(operator1, "Dopodomani");
        long tomorrow = AgendaIT.created(operator1.post("/appointments", AgendaIT.booking(tomorrowsParty, agent, AgendaIT.future(1, 11), 60)));
        long later = AgendaIT.created(operator1.post("/appointments", AgendaIT.booking(laterParty, agent, AgendaIT.future(2, 11), 60)));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestUsers.query("SELECT confirmation_queued_at FROM appointment WHERE id = ?", tomorrow).get(0).get(0) != null);
        long campaign = ((Number) TestUsers.query("SELECT id FROM campaign WHERE system_purpose = 'APPOINTMENT_CONFIRMATION'").get(0).get(0)).longValue();
        assertEquals(List.of(List.of("Conferme appuntamenti", "ACTIVE")), TestUsers.query("SELECT name, state FROM campaign WHERE id = ?", campaign));
        assertEquals(List.of(List.of("OPEN", true)), TestUsers.query("SELECT state, due_at <= now() FROM campaign_entry"
                + " WHERE campaign_id = ? AND party_id = ?", campaign, tomorrowsParty));
        assertTrue(TestUsers.query("SELECT 1 FROM campaign_entry WHERE campaign_id = ? AND party_id = ?", campaign, laterParty).isEmpty(),
                "the day after tomorrow's appointment is not confirmed yet");
        assertTrue(((Number) TestUsers.query("SELECT count(*) FROM outcome_definition WHERE campaign_id = ?", campaign).get(0).get(0)).longValue() > 0,
                "the campaign has the default outcomes");

        // the job runs again: the appointment is not queued twice
        Object queuedAt = TestUsers.query("SELECT confirmation_queued_at FROM appointment WHERE id = ?", tomorrow).get(0).get(0);
        Object nextRun = TestUsers.query("SELECT next_run_at FROM background_job WHERE name = ?", JOB).get(0).get(0);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> !nextRun.equals(
                TestUsers.query("SELECT next_run_at FROM background_job WHERE name = ?", JOB).get(0).get(0)));
        assertEquals(queuedAt, TestUsers.query("SELECT confirmation_queued_at FROM appointment WHERE id = ?", tomorrow).get(0).get(0));
        assertEquals(1L, ((Number) TestUsers.query("SELECT count(*) FROM campaign_entry WHERE campaign_id = ? AND party_id = ?",
                campaign, tomorrowsParty).get(0).get(0)).longValue());
        assertTrue(TestUsers.query("SELECT confirmation_queued_at FROM appointment WHERE id = ?", later).get(0).get(0) == null);

        // the supervisor gives the confirmations to an operator: "next customer" hands one out
        String username = "conferme" + System.nanoTime() % 10_000_000;
        Api operator = QueueIT.operator(admin, username);
        QueueIT.allDayWindows(admin, campaign);
        ObjectNode assignment = JSON.createObjectNode().put("mode", "SHARED");
        assignment.putArray("operators").add(username);
        assertEquals(200, supervisor.post("/campaigns/" + campaign + "/assignments", assignment.toString()).status());
        HttpResponse<String> next = operator.raw("POST", "/queue/next", "application/json", "");
        assertEquals(200, next.statusCode(), next.body());
        JsonNode entry = json(next.body());
        assertEquals(campaign, entry.get("campaignId").asLong(), next.body());
        operator.post("/queue/entries/" + entry.get("entryId").asLong() + "/release", "");
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
