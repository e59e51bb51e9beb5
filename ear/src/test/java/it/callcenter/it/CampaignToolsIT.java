package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor's campaign tools (issue 15) through the API: a duplicate with and without its entries, the summary of
 * the names by comune, province, postal code and zone, the priority push of a province, the release of exactly one
 * operator's names.
 */
@ExtendWith(TestServer.class)
class CampaignToolsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "Strumenti" + System.nanoTime();

    @Test
    void aDuplicateHasTheSameCriteriaRulesWindowsAndOutcomesAndWithEntriesTheSameParties() {
        long original = CampaignFixture.filled(supervisor, run, 3);
        QueueIT.allDayWindows(admin, original);
        JsonNode dispatch = supervisor.get("/campaigns/" + original + "/dispatch").json();
        assertEquals(200, supervisor.put("/campaigns/" + original + "/dispatch", "{\"order\":\"NEWEST_FIRST\",\"maxAttempts\":7,"
                + "\"leaseSeconds\":600,\"callbackGraceMinutes\":15,\"version\":" + dispatch.get("version").asLong() + "}").status());
        assertEquals(200, supervisor.put("/campaigns/" + original + "/interview", InterviewPromiseIT.QUESTIONS).status());
        JsonNode interview = supervisor.get("/campaigns/" + original + "/interview").json();

        assertEquals(403, Api.as("operator1", "demo").post("/campaigns/" + original + "/duplicate",
                "{\"name\":\"" + run + " no\"}").status());
        long empty = created(supervisor.post("/campaigns/" + original + "/duplicate", "{\"name\":\"" + run + " vuota\",\"withEntries\":false}"));
        long full = created(supervisor.post("/campaigns/" + original + "/duplicate", "{\"name\":\"" + run + " piena\",\"withEntries\":true}"));
        Api.Reply taken = supervisor.post("/campaigns/" + original + "/duplicate", "{\"name\":\"" + run + " piena\"}");
        assertTrue(taken.status() == 409 || taken.status() == 422, "the name is taken: " + taken.body());

        JsonNode criteria = supervisor.get("/campaigns/" + original + "/criteria").json();
        assertEquals(run, criteria.get("interests").get(0).asText(), criteria.toString());
        for (long copy : List.of(empty, full)) {
            JsonNode figures = supervisor.get("/campaigns/" + copy).json();
            assertEquals("DRAFT", figures.get("state").asText());
            assertEquals(criteria, supervisor.get("/campaigns/" + copy + "/criteria").json(), "same criteria");
            assertEquals(supervisor.get("/campaigns/" + original + "/call-windows").json(),
                    supervisor.get("/campaigns/" + copy + "/call-windows").json(), "same windows");
            JsonNode rules = supervisor.get("/campaigns/" + copy + "/dispatch").json();
            assertEquals("NEWEST_FIRST", rules.get("order").asText());
            assertEquals(7, rules.get("maxAttempts").asInt());
            assertEquals(600, rules.get("leaseSeconds").asInt());
            assertEquals(15, rules.get("callbackGraceMinutes").asInt());
            assertEquals(codes(original), codes(copy), "same outcome set");
            assertEquals(interview, supervisor.get("/campaigns/" + copy + "/interview").json(), "same interview");
        }
        assertEquals(0, supervisor.get("/campaigns/" + empty).json().get("entries").asInt());
        assertEquals(3, supervisor.get("/campaigns/" + full).json().get("entries").asInt());
        assertEquals(3, supervisor.get("/campaigns/" + full).json().get("open").asInt());
        assertEquals(parties(original), parties(full), "the same parties");
        assertTrue(AuditTrail.of("CAMPAIGN", full).stream().anyMatch(a -> a.contains("duplicateOf=" + original)),
                AuditTrail.of("CAMPAIGN", full).toString());
        // the duplicate is filled again with the same criteria: nobody is added twice
        assertEquals(0, CampaignFixture.fill(supervisor, full, run));
    }

    @Test
    void theSummaryCountsTheNamesByPlaceAndAProvinceIsPushedUpTheOrder() {
        CampaignFixture.parties(supervisor, run, "Milanese", 2);
        ObjectNode roman = PartiesIT.person("Prova", "Romano", PartiesIT.newMobile());
        roman.putObject("address").put("street", "Via dei Fori 1").put("comuneIstat", "058091").put("postalCode", "00184");
        roman.putArray("interests").add(run);
        assertEquals(201, supervisor.post("/parties", roman.toString()).status());
        long campaign = CampaignFixture.create(supervisor, run);
        assertEquals(3, CampaignFixture.fill(supervisor, campaign, run));

        JsonNode byProvince = supervisor.get("/campaigns/" + campaign + "/summary?by=province").json();
        assertEquals(2, byProvince.size(), byProvince.toString());
        assertEquals("MI", byProvince.get(0).get("key").asText());
        assertEquals(2, byProvince.get(0).get("entries").asInt());
        assertEquals(2, byProvince.get(0).get("open").asInt());
        assertEquals("RM", byProvince.get(1).get("key").asText());
        assertEquals(1, byProvince.get(1).get("open").asInt());
        JsonNode byComune = supervisor.get("/campaigns/" + campaign + "/summary?by=comune").json();
        assertEquals("015146", byComune.get(0).get("key").asText());
        assertEquals("Milano (MI)", byComune.get(0).get("label").asText());
        assertEquals("058091", byComune.get(1).get("key").asText());
        JsonNode byPostalCode = supervisor.get("/campaigns/" + campaign + "/summary?by=postalCode").json();
        assertEquals(Map.of("20121", 2, "00184", 1), counts(byPostalCode));
        JsonNode byZone = supervisor.get("/campaigns/" + campaign + "/summary?by=zone").json();
        assertEquals(Map.of("Nord-ovest", 2, "Centro", 1), counts(byZone));
        JsonNode paged = supervisor.get("/campaigns/" + campaign + "/summary?by=province&page=1&size=1").json();
        assertEquals(1, paged.size());
        assertEquals("RM", paged.get(0).get("key").asText());
        assertEquals(422, supervisor.get("/campaigns/" + campaign + "/summary?by=galassia").status());
        assertEquals(403, Api.as("operator1", "demo").get("/campaigns/" + campaign + "/summary").status());

        // the Roman party is pushed up: the operator is given it first, although it was filled last
        String name = (run + "op").toLowerCase();
        Api operator = QueueIT.operator(admin, name);
        QueueIT.allDayWindows(admin, campaign);
        assertEquals(200, supervisor.post("/campaigns/" + campaign + "/assignments",
                "{\"operators\":[\"" + name + "\"],\"mode\":\"SHARED\"}").status());
        assertEquals(200, supervisor.put("/campaigns/" + campaign + "/state", "{\"state\":\"ACTIVE\"}").status());
        Api.Reply pushed = supervisor.post("/campaigns/" + campaign + "/entries/priority", "{\"direction\":\"UP\",\"provinces\":[\"RM\"]}");
        assertEquals(200, pushed.status(), pushed.body());
        assertEquals(1, pushed.json().get("changed").asInt());
        Api.Reply down = supervisor.post("/campaigns/" + campaign + "/entries/priority", "{\"direction\":\"DOWN\",\"postalCodes\":[\"20121\"]}");
        assertEquals(2, down.json().get("changed").asInt(), down.body());
        HttpResponse<String> next = operator.raw("POST", "/queue/next", "application/json", "");
        assertEquals(200, next.statusCode(), next.body());
        assertEquals("Romano", json(next.body()).get("party").get("lastName").asText());
        assertEquals(422, supervisor.post("/campaigns/" + campaign + "/entries/priority", "{}").status());
    }

    @Test
    void releaseGivesBackExactlyThatOperatorsOpenEntries() {
        String annaName = (run + "a").toLowerCase();
        String brunoName = (run + "b").toLowerCase();
        Api anna = QueueIT.operator(admin, annaName);
        QueueIT.operator(admin, brunoName);
        long campaign = QueueIT.activeCampaign(admin, supervisor, run, 6, "SPLIT", annaName, brunoName);
        assertEquals(3, entriesOf(campaign, annaName));
        assertEquals(3, entriesOf(campaign, brunoName));

        // Anna: one personal callback (tomorrow), one held now, one still dealt to her
        long first = json(anna.raw("POST", "/queue/next", "application/json", "").body()).get("entryId").asLong();
        Api.Reply callback = anna.post("/queue/entries/" + first + "/outcome", "{\"outcome\":\"CALLBACK\",\"callbackAt\":\""
                + Instant.now().plusSeconds(86_400) + "\",\"callbackFor\":\"ME\"}");
        assertEquals(200, callback.status(), callback.body());
        long held = json(anna.raw("POST", "/queue/next", "application/json", "").body()).get("entryId").asLong();

        assertEquals(403, anna.post("/campaigns/" + campaign + "/entries/release", "{\"operator\":\"" + annaName + "\"}").status());
        Api.Reply released = supervisor.post("/campaigns/" + campaign + "/entries/release", "{\"operator\":\"" + annaName + "\"}");
        assertEquals(200, released.status(), released.body());
        assertEquals(3, released.json().get("released").asInt());

        assertEquals(List.of(List.of("CALLBACK")), TestUsers.query("SELECT state FROM campaign_entry WHERE id = ?"
                + " AND callback_for IS NULL", first), "her personal callback is anyone's");
        assertEquals(List.of(List.of("OPEN")), TestUsers.query("SELECT state FROM campaign_entry WHERE id = ?"
                + " AND held_by IS NULL AND assigned_to IS NULL", held), "the held entry waits in the pool");
        assertEquals(0L, TestUsers.query("SELECT count(*) FROM campaign_entry WHERE campaign_id = ? AND (assigned_to = ?"
                + " OR held_by = ? OR callback_for = ?)", campaign, annaName, annaName, annaName).get(0).get(0));
        assertEquals(3, entriesOf(campaign, brunoName), "Bruno keeps his");
        assertEquals(0, supervisor.post("/campaigns/" + campaign + "/entries/release", "{\"operator\":\"" + annaName + "\"}")
                .json().get("released").asInt(), "nothing left to release");
        assertTrue(AuditTrail.of("CAMPAIGN", campaign).stream().anyMatch(a -> a.contains("release") && a.contains("released=3")),
                AuditTrail.of("CAMPAIGN", campaign).toString());
        assertEquals(404, supervisor.post("/campaigns/987654321/entries/release", "{\"operator\":\"" + annaName + "\"}").status());
    }

    private int entriesOf(long campaign, String operator) {
        return supervisor.get("/campaigns/" + campaign + "/entries?operator=" + operator).json().get("total").asInt();
    }

    private Set<Long> parties(long campaign) {
        Set<Long> parties = new TreeSet<>();
        supervisor.get("/campaigns/" + campaign + "/entries?max=200").json().get("entries")
                .forEach(e -> parties.add(e.get("partyId").asLong()));
        return parties;
    }

    private List<String> codes(long campaign) {
        List<String> codes = new java.util.ArrayList<>();
        supervisor.get("/campaigns/" + campaign + "/outcomes").json().forEach(o -> codes.add(o.get("code").asText()
                + "/" + o.get("kind").asText()));
        return codes;
    }

    private static Map<String, Integer> counts(JsonNode summary) {
        Map<String, Integer> counts = new HashMap<>();
        summary.forEach(row -> counts.put(row.get("key").asText(), row.get("open").asInt()));
        return counts;
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asLong();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
