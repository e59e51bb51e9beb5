package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Field agents by zone (issue 15): an agent's work plan and zones, and the slots proposed for a party: only agents whose
 * zone covers the party's comune, only within their days and hours, never in the past, never overlapping a booked
 * appointment nor its travel time, nor each other.
 */
@ExtendWith(TestServer.class)
class AgentSlotsIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String ALL_DAYS = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]";

    private final Api admin = Api.as("admin", "demo");
    private final Api operator1 = Api.as("operator1", "demo");

    static String plan(String days, String zones) {
        return "{\"days\":" + days + ",\"from\":\"09:00\",\"to\":\"18:00\",\"appointmentMinutes\":60,\"travelMinutes\":30,"
                + "\"zones\":" + zones + "}";
    }

    @Test
    void onlyAgentsCoveringTheComuneAreProposedWithFreeSlotsWithinTheirHoursKeepingTheTravelTime() {
        String milan = AgendaIT.newAgent();
        String rome = AgendaIT.newAgent();
        assertEquals(403, Api.as("supervisor", "demo").put("/agents/" + milan + "/plan", plan(ALL_DAYS, "[]")).status());
        Api.Reply saved = admin.put("/agents/" + milan + "/plan", plan(ALL_DAYS, "[{\"kind\":\"COMUNE\",\"code\":\"F205\"}]"));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("015146", saved.json().get("zones").get(0).get("code").asText(), "a cadastral code is kept as the ISTAT code");
        assertEquals(200, admin.put("/agents/" + rome + "/plan", plan(ALL_DAYS, "[{\"kind\":\"PROVINCE\",\"code\":\"RM\"}]")).status());
        assertEquals(422, admin.put("/agents/" + rome + "/plan", plan(ALL_DAYS, "[{\"kind\":\"PROVINCE\",\"code\":\"ZZ\"}]")).status());
        assertEquals(422, admin.put("/agents/" + rome + "/plan", plan(ALL_DAYS, "[]").replace("\"to\":\"18:00\"", "\"to\":\"08:00\"")).status());

        long party = AgendaIT.newPerson(operator1, "Zona" + System.nanoTime() % 10_000);
        LocalDate tomorrow = LocalDate.now(ROME).plusDays(1);
        AgendaIT.created(operator1.post("/appointments", AgendaIT.booking(party, milan, tomorrow + "T10:00", 60)));

        JsonNode proposals = operator1.get("/agents/slots?party=" + party + "&days=3").json();
        JsonNode mine = agent(proposals, milan);
        assertNotNull(mine, proposals.toString());
        assertEquals(null, agent(proposals, rome), "the Roman agent does not cover Milano");
        assertEquals(60, mine.get("appointmentMinutes").asInt());

        List<Instant[]> slots = new ArrayList<>();
        mine.get("slots").forEach(s -> slots.add(new Instant[]{Instant.parse(s.get("start").asText()), Instant.parse(s.get("end").asText())}));
        assertFalse(slots.isEmpty());
        Instant now = Instant.now();
        Instant bookedFrom = ZonedDateTime.of(tomorrow, LocalTime.of(10, 0), ROME).toInstant();
        Instant bookedTo = bookedFrom.plusSeconds(3600);
        for (int i = 0; i < slots.size(); i++) {
            Instant start = slots.get(i)[0];
            Instant end = slots.get(i)[1];
            assertTrue(start.isAfter(now), "not in the past: " + start);
            assertEquals(3600, end.getEpochSecond() - start.getEpochSecond());
            LocalTime from = start.atZone(ROME).toLocalTime();
            LocalTime to = end.atZone(ROME).toLocalTime();
            assertFalse(from.isBefore(LocalTime.of(9, 0)), "within the hours: " + from);
            assertFalse(to.isAfter(LocalTime.of(18, 0)), "within the hours: " + to);
            assertTrue(!start.isBefore(bookedTo.plusSeconds(1800)) || !end.isAfter(bookedFrom.minusSeconds(1800)),
                    "keeps the travel time around the booked appointment: " + start);
            if (i > 0) {
                assertFalse(start.isBefore(slots.get(i - 1)[1].plusSeconds(1800)), "proposals never overlap, travel included");
            }
        }
        assertEquals(List.of("11:30", "13:00", "14:30", "16:00"), times(slots, tomorrow));
        assertEquals(List.of("09:00", "10:30", "12:00", "13:30", "15:00", "16:30"), times(slots, tomorrow.plusDays(1)));

        // the agent works only the day after tomorrow: nothing is proposed tomorrow
        String dayAfter = tomorrow.plusDays(1).getDayOfWeek().name();
        assertEquals(200, admin.put("/agents/" + milan + "/plan", plan("[\"" + dayAfter + "\"]", "[{\"kind\":\"POSTAL_CODE\",\"code\":\"20121\"}]")).status());
        JsonNode onlyThatDay = agent(operator1.get("/agents/slots?party=" + party + "&days=3").json(), milan);
        List<Instant[]> later = new ArrayList<>();
        onlyThatDay.get("slots").forEach(s -> later.add(new Instant[]{Instant.parse(s.get("start").asText()), Instant.parse(s.get("end").asText())}));
        assertEquals(List.of(), times(later, tomorrow));
        assertEquals(6, times(later, tomorrow.plusDays(1)).size());
        assertEquals(422, operator1.get("/agents/slots?party=" + party + "&days=0").status());
        assertEquals(404, operator1.get("/agents/slots?party=987654321").status());
    }

    private static JsonNode agent(JsonNode proposals, String username) {
        for (JsonNode p : proposals) {
            if (username.equals(p.get("agent").asText())) {
                return p;
            }
        }
        return null;
    }

    private static List<String> times(List<Instant[]> slots, LocalDate day) {
        List<String> times = new ArrayList<>();
        for (Instant[] s : slots) {
            ZonedDateTime at = s[0].atZone(ROME);
            if (at.toLocalDate().equals(day)) {
                times.add(at.toLocalTime().toString());
            }
        }
        return times;
    }
}
