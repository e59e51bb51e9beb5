package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' register (issue 15): clock in and out, pauses with their reason as intervals, "next customer"
 * clocking in an operator who was not and answering 204 PAUSED to a paused one, the board's state and since, the
 * hours-worked report.
 */
@ExtendWith(TestServer.class)
class OperatorRegisterIT {

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "registro" + System.nanoTime();

    private static List<List<Object>> intervals(String username) {
        return TestUsers.query("SELECT kind, coalesce(reason, ''), ended_at IS NOT NULL FROM operator_register"
                + " WHERE username = ? ORDER BY id", username);
    }

    @Test
    void clockInPausesAndClockOutAreIntervalsOfTheRegister() {
        String name = run + "a";
        Api anna = QueueIT.operator(admin, name);
        assertFalse(anna.get("/operators/me/clock").json().get("clockedIn").asBoolean());
        Api.Reply in = anna.post("/operators/me/clock", "{\"action\":\"IN\"}");
        assertEquals(200, in.status(), in.body());
        assertTrue(in.json().get("clockedIn").asBoolean());
        assertNotNull(in.json().get("since").asText());
        assertEquals(200, anna.post("/operators/me/clock", "{\"action\":\"IN\"}").status(), "twice is once");
        assertEquals(List.of(List.of("WORK", "", false)), intervals(name));
        assertEquals("IDLE", boardRow(name).get("state").asText());

        assertEquals(200, anna.post("/operators/me/pause", "{\"reason\":\"LUNCH\"}").status());
        HttpResponse<String> paused = anna.raw("POST", "/queue/next", "application/json", "");
        assertEquals(204, paused.statusCode());
        assertEquals("PAUSED", paused.headers().firstValue("X-Queue-Reason").orElse(null));
        JsonNode row = boardRow(name);
        assertEquals("PAUSED", row.get("state").asText());
        assertNotNull(row.get("since"), row.toString());
        assertEquals(204, anna.delete("/operators/me/pause").status());
        assertEquals(200, anna.post("/operators/me/pause", "{\"reason\":\"BREAK\"}").status());
        assertEquals("BREAK", anna.get("/operators/me/clock").json().get("pauseReason").asText());

        Api.Reply out = anna.post("/operators/me/clock", "{\"action\":\"OUT\"}");
        assertEquals(200, out.status(), out.body());
        assertFalse(out.json().get("clockedIn").asBoolean());
        assertEquals(List.of(List.of("WORK", "", true), List.of("PAUSE", "LUNCH", true), List.of("PAUSE", "BREAK", true)),
                intervals(name));
        assertEquals("LOGGED_OUT", boardRow(name).get("state").asText());
    }

    @Test
    void signingOutOfTheScreensClocksOut() {
        String name = run + "c";
        Api carla = QueueIT.operator(admin, name);
        try (Browser browser = new Browser()) {
            browser.loginSuccessfully(name, QueueIT.PASSWORD);
            assertEquals(200, carla.post("/operators/me/clock", "{\"action\":\"IN\"}").status());
            assertEquals(200, carla.post("/operators/me/pause", "{\"reason\":\"BREAK\"}").status());
            assertEquals(List.of(List.of("WORK", "", false), List.of("PAUSE", "BREAK", false)), intervals(name));
            browser.driver.findElement(org.openqa.selenium.By.id("menuForm:logout")).click();
            browser.await(org.openqa.selenium.By.id("login:username"));
        }
        assertEquals(List.of(List.of("WORK", "", true), List.of("PAUSE", "BREAK", true)), intervals(name),
                "the sign-out closed the day and the pause");
        assertFalse(carla.get("/operators/me/clock").json().get("clockedIn").asBoolean());
    }

    @Test
    void takingTheNextCustomerClocksInAndHoldingACustomerKeepsTheOperatorIn() {
        String name = run + "b";
        Api bruno = QueueIT.operator(admin, name);
        QueueIT.activeCampaign(admin, supervisor, "Registro " + run, 2, "SHARED", name);
        assertEquals(List.of(), intervals(name));
        HttpResponse<String> next = bruno.raw("POST", "/queue/next", "application/json", "");
        assertEquals(200, next.statusCode(), next.body());
        assertEquals(List.of(List.of("WORK", "", false)), intervals(name));
        assertEquals(200, bruno.raw("POST", "/queue/next", "application/json", "").statusCode());
        assertEquals(1, intervals(name).size(), "one interval however many customers");
        Api.Reply out = bruno.post("/operators/me/clock", "{\"action\":\"OUT\"}");
        assertEquals(422, out.status(), out.body());
        assertEquals("CLOCK_OUT_HOLDING", out.json().get("errors").get(0).get("code").asText());
    }

    @Test
    void theHoursWorkedReportIsPrintedForManagers() throws Exception {
        String name = run + "c";
        Api carla = QueueIT.operator(admin, name);
        assertEquals(200, carla.post("/operators/me/clock", "{\"action\":\"IN\"}").status());
        assertEquals(200, carla.post("/operators/me/pause", "{\"reason\":\"TRAINING\"}").status());
        assertEquals(204, carla.delete("/operators/me/pause").status());
        Api manager = Api.as("manager", "demo");
        Api.Download pdf = manager.download("/reports/hours-worked.pdf?operator=" + name);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String text = ReportsIT.text(pdf.body());
        assertTrue(text.contains("Ore lavorate") || text.contains("Hours worked"), text);
        assertTrue(text.contains(name), text);
        assertFalse(text.contains("Tutte le campagne"), "not a report about campaigns: " + text);
        assertTrue(text.contains("Formazione") || text.contains("Training"), text);
        Api.Download xlsx = manager.download("/reports/hours-worked.xlsx?operator=" + name);
        assertEquals(200, xlsx.status());
        assertTrue(ReportsIT.cells(xlsx.body()).stream().anyMatch(r -> r.toString().contains(name)));
        assertEquals(403, supervisor.download("/reports/hours-worked.pdf").status());
    }

    @Test
    void aNightShiftCountsOnBothOfItsDays() throws Exception {
        String name = run + "d";
        QueueIT.operator(admin, name);
        // 22:00 → 02:00 Italian time (4 hours), a pause 23:30 → 00:30 in it
        TestUsers.execute("INSERT INTO operator_register (id, username, kind, reason, started_at, ended_at) VALUES"
                + " (nextval('operator_register_seq'), ?, 'WORK', NULL, '2026-03-09 22:00 Europe/Rome', '2026-03-10 02:00 Europe/Rome'),"
                + " (nextval('operator_register_seq'), ?, 'PAUSE', 'BREAK', '2026-03-09 23:30 Europe/Rome', '2026-03-10 00:30 Europe/Rome')",
                name, name);
        Api.Download xlsx = Api.as("manager", "demo").download("/reports/hours-worked.xlsx?from=2026-03-09&to=2026-03-10&operator=" + name);
        assertEquals(200, xlsx.status());
        List<List<String>> rows = ReportsIT.cells(xlsx.body()).stream().filter(OperatorRegisterIT::isDay).toList();
        assertEquals(2, rows.size(), rows.toString());
        for (List<String> row : rows) {
            assertTrue(row.contains("2:00:00") && row.contains("0:30:00") && row.contains("1:30:00"),
                    "two hours clocked, half an hour paused, an hour and a half worked on each day: " + row);
        }
        Api.Download secondDay = Api.as("manager", "demo").download("/reports/hours-worked.xlsx?from=2026-03-10&to=2026-03-10&operator=" + name);
        assertEquals(1, ReportsIT.cells(secondDay.body()).stream().filter(OperatorRegisterIT::isDay).count(),
                "a period that starts at midnight counts the shift from midnight");
    }

    /** A row of the report that is an operator's day (a date, then times), not a heading or a total. */
    private static boolean isDay(List<String> row) {
        return row.size() > 1 && row.get(0).matches("\\d+(\\.\\d+)?") && row.get(1).matches("\\d+:\\d\\d:\\d\\d");
    }

    private JsonNode boardRow(String username) {
        for (JsonNode row : supervisor.get("/operators/board").json()) {
            if (username.equals(row.get("username").asText())) {
                return row;
            }
        }
        throw new AssertionError(username + " not on the board");
    }
}
