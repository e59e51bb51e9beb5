package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Campaigns through {@code /campaigns} and {@code /dnc}: a fill over parties only this test creates (a small comune
 * of Valle d'Aosta and an interest named for this run), so the counts are exact whatever else is in the database.
 */
@ExtendWith(TestServer.class)
class CampaignsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ALLEIN = "007001";

    private final Api supervisor = Api.as("supervisor", "demo");
    private final Api operator1 = Api.as("operator1", "demo");
    private final String run = "Campagna" + System.nanoTime();

    private ObjectNode party(String lastName, String mobile, boolean marketing) {
        return inAllein("Test", lastName, mobile, marketing, run);
    }

    /** A person living in Allein (few real parties do) with one interest, usually named for the test's run. */
    static ObjectNode inAllein(String firstName, String lastName, String mobile, boolean marketing, String interest) {
        ObjectNode party = PartiesIT.person(firstName, lastName, mobile);
        party.putObject("address").put("street", "Frazione 1").put("comuneIstat", ALLEIN).put("postalCode", "11010");
        party.putObject("consents").put("marketing", marketing);
        party.putArray("interests").add(interest);
        return party;
    }

    private long create(ObjectNode party) {
        Api.Reply reply = supervisor.post("/parties", party.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asLong();
    }

    private String criteria() {
        ObjectNode criteria = JSON.createObjectNode();
        criteria.putArray("comuni").add(ALLEIN);
        criteria.putArray("interests").add(run);
        return criteria.toString();
    }

    @Test
    void previewFillTwiceAndSplit() throws SQLException {
        List<Long> consenting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            consenting.add(create(party("Consenziente" + (char) ('A' + i), PartiesIT.newMobile(), true)));
        }
        for (int i = 0; i < 3; i++) {
            create(party("Contrario" + (char) ('A' + i), PartiesIT.newMobile(), false));
        }
        String blocked = PartiesIT.newMobile();
        create(party("Bloccato", blocked, true));
        ObjectNode silent = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Muta " + run)
                .put("vatNumber", newVatNumber());
        silent.putObject("address").put("street", "Frazione 2").put("comuneIstat", ALLEIN).put("postalCode", "11010");
        silent.putArray("contacts").addObject().put("kind", "EMAIL").put("value", "muta@example.com");
        silent.putObject("consents").put("marketing", true);
        silent.putArray("interests").add(run);
        create(silent);

        Api.Reply dnc = supervisor.post("/dnc", "{\"number\":\"" + blocked + "\",\"source\":\"INTERNAL\"}");
        assertEquals(201, dnc.status(), dnc.body());
        assertEquals("+39" + blocked.replace(" ", ""), dnc.json().get("number").asText());

        Api.Reply created = supervisor.post("/campaigns",
                "{\"name\":\"" + run + "\",\"description\":\"Prova\",\"requiredConsent\":\"MARKETING\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();

        JsonNode preview = supervisor.post("/campaigns/" + id + "/preview", criteria()).json();
        assertEquals(6, preview.get("count").asLong(), preview.toString());
        JsonNode excluded = preview.get("excluded");
        assertEquals(1, excluded.get("doNotCall").asLong(), preview.toString());
        assertEquals(3, excluded.get("noConsent").asLong(), preview.toString());
        assertEquals(1, excluded.get("noPhone").asLong(), preview.toString());
        assertEquals(0, excluded.get("alreadyInCampaign").asLong(), preview.toString());
        assertEquals(0, excluded.get("noRpoCheck").asLong(), preview.toString());

        Api.Reply fill = supervisor.post("/campaigns/" + id + "/fill", criteria());
        assertEquals(200, fill.status(), fill.body());
        assertEquals(6, fill.json().get("added").asLong(), fill.body());
        JsonNode again = supervisor.post("/campaigns/" + id + "/fill", criteria()).json();
        assertEquals(0, again.get("added").asLong(), again.toString());
        assertEquals(6, again.get("excluded").get("alreadyInCampaign").asLong(), again.toString());

        JsonNode figures = supervisor.get("/campaigns/" + id).json();
        assertEquals(id, figures.get("id").asLong());
        assertEquals(run, figures.get("name").asText());
        assertEquals(6, figures.get("entries").asLong());
        assertEquals(6, figures.get("open").asLong());
        assertTrue(figures.get("byOutcome").isObject());

        long renamed = consenting.get(0);
        JsonNode card = supervisor.get("/parties/" + renamed).json();
        ObjectNode edit = party("Rinominato", card.get("contacts").get(0).get("value").asText(), true);
        edit.put("version", card.get("version").asLong());
        Api.Reply updated = supervisor.put("/parties/" + renamed, edit.toString());
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Rinominato", single(
                "SELECT p.last_name FROM campaign_entry e JOIN party p ON p.id = e.party_id WHERE e.campaign_id = " + id
                        + " AND e.party_id = " + renamed));

        Api.Reply split = supervisor.post("/campaigns/" + id + "/assignments",
                "{\"operators\":[\"operator1\",\"operator2\",\"operator3\"],\"mode\":\"SPLIT\"}");
        assertEquals(200, split.status(), split.body());
        assertEquals("operator1=2,operator2=2,operator3=2", single("SELECT string_agg(assigned_to || '=' || n, ',' ORDER BY assigned_to)"
                + " FROM (SELECT assigned_to, count(*) AS n FROM campaign_entry WHERE campaign_id = " + id
                + " GROUP BY assigned_to) s"));
        assertEquals("SPLIT,SPLIT,SPLIT", single("SELECT string_agg(mode, ',') FROM campaign_assignment WHERE campaign_id = " + id));

        Api.Reply shared = supervisor.post("/campaigns/" + id + "/assignments",
                "{\"operators\":[\"operator1\",\"operator2\"],\"mode\":\"SHARED\"}");
        assertEquals(200, shared.status(), shared.body());
        assertEquals("6", single("SELECT count(*) FROM campaign_entry WHERE assigned_to IS NULL AND campaign_id = " + id));

        assertEquals(List.of("UPDATE supervisor fill,comuni=" + ALLEIN + ",interests=" + run + ",added=6",
                "UPDATE supervisor fill,comuni=" + ALLEIN + ",interests=" + run + ",added=0",
                "UPDATE supervisor assignment,mode=SPLIT,operators=operator1 operator2 operator3,entries=6",
                "UPDATE supervisor assignment,mode=SHARED,operators=operator1 operator2,entries=6"), AuditTrail.of("CAMPAIGN", id));
        String e164 = "+39" + blocked.replace(" ", "");
        assertEquals(List.of("CREATE supervisor number=" + e164 + ",source=INTERNAL"),
                AuditTrail.of("DO_NOT_CALL", Long.parseLong(e164.substring(1))), "the addition to the do-not-call list");
    }

    @Test
    void statesFollowTheLifeCycleAndAClosedCampaignTakesNobody() {
        long id = supervisor.post("/campaigns", "{\"name\":\"" + run + "-stati\",\"requiredConsent\":null}").json().get("id").asLong();
        assertEquals(200, supervisor.put("/campaigns/" + id + "/state", "{\"state\":\"ACTIVE\"}").status());
        assertEquals(200, supervisor.put("/campaigns/" + id + "/state", "{\"state\":\"CLOSED\"}").status());
        Api.Reply reopen = supervisor.put("/campaigns/" + id + "/state", "{\"state\":\"ACTIVE\"}");
        assertEquals(422, reopen.status(), reopen.body());
        assertEquals(422, supervisor.post("/campaigns/" + id + "/fill", criteria()).status());
        assertEquals(422, supervisor.post("/campaigns", "{\"name\":\"" + run + "-stati\"}").status(), "names are unique");
        assertEquals(404, supervisor.get("/campaigns/999999999").status());
    }

    @Test
    void operatorsMayNotManageCampaigns() {
        assertEquals(403, operator1.post("/campaigns", "{\"name\":\"" + run + "-vietata\"}").status());
        assertEquals(403, operator1.post("/dnc", "{\"number\":\"3331234567\",\"source\":\"INTERNAL\"}").status());
    }

    @Test
    void aMalformedNumberIsRefused() {
        Api.Reply reply = supervisor.post("/dnc", "{\"number\":\"12ab\",\"source\":\"INTERNAL\"}");
        assertEquals(422, reply.status(), reply.body());
    }

    /** A valid partita IVA no other test uses: 7 digits of the clock, office 007 (Aosta), the check digit. */
    static String newVatNumber() {
        String first = String.format("%07d", System.nanoTime() % 10_000_000) + "007";
        int sum = 0;
        for (int i = 0; i < first.length(); i++) {
            int digit = first.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : (digit * 2 > 9 ? digit * 2 - 9 : digit * 2);
        }
        return first + (10 - sum % 10) % 10;
    }

    private static String single(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
