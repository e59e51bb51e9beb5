package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who works a campaign, over REST: operator groups expand at assignment time, entries move from one operator to
 * another with exact counts, the campaign edit is refused on a stale version, the entries list pages and filters.
 */
@ExtendWith(TestServer.class)
class CampaignTeamsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "Squadra" + System.nanoTime();

    private JsonNode group(String name, String... members) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        for (String member : members) {
            body.withArray("members").add(member);
        }
        Api.Reply reply = admin.post("/groups", body.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private Map<String, Integer> shares(long campaign) {
        Map<String, Integer> shares = new TreeMap<>();
        for (JsonNode entry : supervisor.get("/campaigns/" + campaign + "/entries?max=200").json().get("entries")) {
            shares.merge(entry.get("assignedTo").isNull() ? "-" : entry.get("assignedTo").asText(), 1, Integer::sum);
        }
        return shares;
    }

    @Test
    void aGroupExpandsToItsMembersWhenTheCampaignIsAssigned() {
        group(run, "operator1", "operator2");
        long campaign = CampaignFixture.filled(supervisor, run, 6);

        Api.Reply assigned = supervisor.post("/campaigns/" + campaign + "/assignments",
                "{\"operators\":[\"operator3\"],\"groups\":[\"" + run + "\"],\"mode\":\"SPLIT\"}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(6, assigned.json().get("entries").asInt());
        assertEquals("[\"operator3\",\"operator1\",\"operator2\"]", assigned.json().get("operators").toString());
        assertEquals(Map.of("operator1", 2, "operator2", 2, "operator3", 2), shares(campaign));
        List<String> trail = AuditTrail.of("CAMPAIGN", campaign);
        assertEquals("UPDATE supervisor assignment,mode=SPLIT,operators=operator3 operator1 operator2,groups=" + run + ",entries=6",
                trail.get(trail.size() - 1), "audited with the groups and whom they expanded to");
    }

    @Test
    void unknownUsersNonOperatorsAndUnknownGroupsAreRefused() {
        long campaign = CampaignFixture.create(supervisor, run);
        assertRefused(campaign, "{\"operators\":[\"nobody." + run.toLowerCase() + "\"],\"mode\":\"SPLIT\"}", "NOT_AN_OPERATOR");
        assertRefused(campaign, "{\"operators\":[\"supervisor\"],\"mode\":\"SPLIT\"}", "NOT_AN_OPERATOR");
        assertRefused(campaign, "{\"groups\":[\"" + run + "-none\"],\"mode\":\"SHARED\"}", "UNKNOWN_GROUP");
        assertRefused(campaign, "{\"operators\":[],\"mode\":\"SHARED\"}", "REQUIRED");
        Api.Reply badGroup = admin.post("/groups", "{\"name\":\"" + run + "-x\",\"members\":[\"manager\"]}");
        assertEquals(422, badGroup.status(), badGroup.body());
        assertEquals("NOT_AN_OPERATOR", badGroup.json().get("errors").get(0).get("code").asText());
    }

    private void assertRefused(long campaign, String body, String code) {
        Api.Reply reply = supervisor.post("/campaigns/" + campaign + "/assignments", body);
        assertEquals(422, reply.status(), reply.body());
        assertEquals(code, reply.json().get("errors").get(0).get("code").asText(), reply.body());
    }

    @Test
    void onlyAnAdministratorManagesGroupsAndAStaleEditIsRefused() {
        assertEquals(403, supervisor.post("/groups", "{\"name\":\"" + run + "\",\"members\":[]}").status());
        JsonNode created = group(run, "operator1");
        String path = "/groups/" + created.get("id").asLong();
        long version = created.get("version").asLong();

        Api.Reply renamed = admin.put(path, "{\"name\":\"" + run + "-bis\",\"members\":[\"operator1\",\"operator4\"],\"version\":" + version + "}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("[\"operator1\",\"operator4\"]", renamed.json().get("members").toString());
        Api.Reply stale = admin.put(path, "{\"name\":\"" + run + "-ter\",\"members\":[\"operator1\"],\"version\":" + version + "}");
        assertEquals(409, stale.status(), stale.body());
        long current = renamed.json().get("version").asLong();
        Api.Reply membersOnly = admin.put(path, "{\"name\":\"" + run + "-bis\",\"members\":[\"operator4\"],\"version\":" + current + "}");
        assertEquals(200, membersOnly.status(), membersOnly.body());
        assertEquals(409, admin.put(path, "{\"name\":\"" + run + "-bis\",\"members\":[],\"version\":" + current + "}").status(),
                "a change of members alone moves the version");
        assertEquals(422, admin.post("/groups", "{\"name\":\"" + run.toUpperCase() + "-BIS\",\"members\":[]}").status(),
                "names are unique whatever the case");

        assertEquals(409, admin.delete(path + "?version=" + current).status());
        assertEquals(204, admin.delete(path + "?version=" + membersOnly.json().get("version").asLong()).status());
        assertEquals(404, admin.delete(path + "?version=0").status());
    }

    @Test
    void movesTheOpenEntriesOfOneOperatorToAnother() {
        long campaign = CampaignFixture.filled(supervisor, run, 7);
        assertEquals(200, supervisor.post("/campaigns/" + campaign + "/assignments",
                "{\"operators\":[\"operator1\",\"operator2\"],\"mode\":\"SPLIT\"}").status());
        assertEquals(Map.of("operator1", 4, "operator2", 3), shares(campaign));

        Api.Reply moved = supervisor.post("/campaigns/" + campaign + "/entries/move", "{\"from\":\"operator1\",\"to\":\"operator5\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(4, moved.json().get("moved").asInt());
        assertEquals(Map.of("operator2", 3, "operator5", 4), shares(campaign));

        assertEquals(0, supervisor.post("/campaigns/" + campaign + "/entries/move", "{\"from\":\"operator1\",\"to\":\"operator5\"}")
                .json().get("moved").asInt(), "nothing is left to move");
        Api.Reply toManager = supervisor.post("/campaigns/" + campaign + "/entries/move", "{\"from\":\"operator2\",\"to\":\"manager\"}");
        assertEquals(422, toManager.status(), toManager.body());
        assertEquals(422, supervisor.post("/campaigns/" + campaign + "/entries/move", "{\"from\":\"operator2\",\"to\":\"operator2\"}").status());
        assertEquals(Map.of("operator2", 3, "operator5", 4), shares(campaign), "a refused move moves nothing");
        List<String> trail = AuditTrail.of("CAMPAIGN", campaign);
        assertEquals(List.of("UPDATE supervisor move,from=operator1,to=operator5,moved=4",
                "UPDATE supervisor move,from=operator1,to=operator5,moved=0"), trail.subList(trail.size() - 2, trail.size()),
                "each move audited, refused ones not");
    }

    @Test
    void anEditWithAStaleVersionIsRefusedAndBadInputIsUnprocessable() {
        long campaign = CampaignFixture.create(supervisor, run);
        JsonNode read = supervisor.get("/campaigns/" + campaign).json();
        long version = read.get("version").asLong();
        ObjectNode edit = JSON.createObjectNode().put("name", run).put("description", "Offerta estate")
                .put("product", "Fibra 1 Gbit").put("startsOn", "2026-06-01").put("endsOn", "2026-08-31")
                .put("requiredConsent", "MARKETING").put("requiresRpoCheck", true).put("callerId", "+390212345678")
                .put("script", "Buongiorno, sono {operatore}...").put("version", version);

        Api.Reply saved = supervisor.put("/campaigns/" + campaign, edit.toString());
        assertEquals(200, saved.status(), saved.body());
        JsonNode after = supervisor.get("/campaigns/" + campaign).json();
        assertEquals("Fibra 1 Gbit", after.get("product").asText());
        assertEquals("2026-08-31", after.get("endsOn").asText());
        assertEquals(true, after.get("requiresRpoCheck").asBoolean());
        assertEquals("Buongiorno, sono {operatore}...", after.get("script").asText());

        Api.Reply stale = supervisor.put("/campaigns/" + campaign, edit.put("product", "Altro").toString());
        assertEquals(409, stale.status(), stale.body());
        assertEquals("STALE_VERSION", stale.json().get("errors").get(0).get("code").asText());

        long current = after.get("version").asLong();
        Api.Reply backwards = supervisor.put("/campaigns/" + campaign,
                edit.put("version", current).put("endsOn", "2026-05-01").toString());
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("endsOn", backwards.json().get("errors").get(0).get("field").asText());
        assertEquals(422, supervisor.put("/campaigns/" + campaign,
                edit.put("endsOn", "2026-08-31").put("callerId", "chiamami").toString()).status());
        edit.put("callerId", (String) null).remove("version");
        assertEquals(422, supervisor.put("/campaigns/" + campaign, edit.toString()).status(), "the version is required");
        assertEquals("Fibra 1 Gbit", supervisor.get("/campaigns/" + campaign).json().get("product").asText(),
                "refused edits change nothing");
    }

    @Test
    void theEntriesListPagesAndFiltersInTheDatabase() {
        long campaign = CampaignFixture.filled(supervisor, run, 5);
        assertEquals(200, supervisor.post("/campaigns/" + campaign + "/assignments",
                "{\"operators\":[\"operator1\",\"operator2\"],\"mode\":\"SPLIT\"}").status());
        String entries = "/campaigns/" + campaign + "/entries";

        JsonNode page = supervisor.get(entries + "?first=2&max=2").json();
        assertEquals(5, page.get("total").asLong());
        assertEquals(2, page.get("entries").size());
        JsonNode mine = supervisor.get(entries + "?operator=operator2&state=OPEN").json();
        assertEquals(2, mine.get("total").asLong());
        assertEquals(0, supervisor.get(entries + "?state=CLOSED").json().get("total").asLong());

        String lastName = supervisor.get(entries + "?max=1").json().get("entries").get(0).get("partyName").asText();
        JsonNode byName = supervisor.get(entries + "?name=" + lastName.substring(0, lastName.indexOf(' ')).toLowerCase()).json();
        assertEquals(1, byName.get("total").asLong(), byName.toString());
        assertEquals(lastName, byName.get("entries").get(0).get("partyName").asText());
    }
}
