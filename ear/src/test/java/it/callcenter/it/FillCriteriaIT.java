package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fill's newer criteria through {@code /campaigns/{id}/preview} and {@code /fill}: a registry custom field's
 * value and "not contacted since". Each test makes its own parties in Allein with an interest named for the run,
 * so the counts are exact whatever else the database holds.
 */
@ExtendWith(TestServer.class)
class FillCriteriaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "Criteri" + System.nanoTime();

    @Test
    void aCustomFieldMatchesItsValueCaseAsideAsTheArchiveSearchDoes() throws SQLException {
        String code = "zona" + System.nanoTime() % 1_000_000_000L;
        execute("INSERT INTO custom_field (id, code, label, type, applies_to, required, position)"
                + " VALUES (nextval('configuration_seq'), ?, 'Zona', 'TEXT', 'BOTH', false, 99)", code);
        try {
            for (String zone : List.of("Nord", "nord", "NORD", "Sud", "Sud")) {
                ObjectNode party = party("Zona" + zone + System.nanoTime() % 1000);
                party.putObject("customFields").put(code, zone);
                create(party);
            }
            create(party("SenzaZona"));
            long campaign = campaign(null);

            assertEquals(3, preview(campaign, criteria().set("customFields", JSON.createObjectNode().put(code, "Nord"))).get("count").asLong());
            assertEquals(2, preview(campaign, criteria().set("customFields", JSON.createObjectNode().put(code, " sud "))).get("count").asLong());
            assertEquals(0, preview(campaign, criteria().set("customFields", JSON.createObjectNode().put(code, "Est"))).get("count").asLong());
            assertEquals(6, preview(campaign, criteria().set("customFields", JSON.createObjectNode().put(code, ""))).get("count").asLong(),
                    "a field without a value restricts nothing");
            JsonNode fill = post("/campaigns/" + campaign + "/fill", criteria().set("customFields", JSON.createObjectNode().put(code, "nord")));
            assertEquals(3, fill.get("added").asLong(), fill.toString());
            assertEquals("3", single("SELECT count(*) FROM campaign_entry e JOIN party_custom_value v ON v.party_id = e.party_id"
                    + " JOIN custom_field f ON f.id = v.field_id AND f.code = '" + code + "' WHERE lower(v.value) = 'nord'"
                    + " AND e.campaign_id = " + campaign));
        } finally {
            execute("UPDATE custom_field SET active = false WHERE code = ?", code);
        }
    }

    @Test
    void notContactedSinceLeavesOutWhoseLastAttemptInAnyCampaignIsOnOrAfterThatDay() throws SQLException {
        List<Long> parties = new ArrayList<>();
        for (String name : List.of("Decimo", "Ieri", "Trenta", "Mai")) {
            parties.add(create(party(name)));
        }
        long earlier = campaign(null);
        assertEquals(4, post("/campaigns/" + earlier + "/fill", criteria()).get("added").asLong());
        LocalDate today = LocalDate.now(ITALY);
        LocalDate thirtyDaysAgo = today.minusDays(30);
        attempted(earlier, parties.get(0), "now() - interval '10 days'");
        attempted(earlier, parties.get(1), "now() - interval '1 day'");
        // the first instant of that day in Italy: on the day, so not contacted since then is false
        attempted(earlier, parties.get(2), "timestamp '" + thirtyDaysAgo + " 00:00' AT TIME ZONE 'Europe/Rome'");

        long next = campaign(null);
        assertEquals(3, since(next, today.minusDays(5)), "only yesterday's attempt is on or after five days ago");
        assertEquals(2, since(next, thirtyDaysAgo.plusDays(1)), "the attempts of ten days ago and yesterday");
        assertEquals(1, since(next, thirtyDaysAgo), "midnight of the day itself counts as on the day");
        assertEquals(4, since(next, today), "nobody was attempted today");
        JsonNode fill = post("/campaigns/" + next + "/fill", criteria().put("notContactedSince", thirtyDaysAgo.plusDays(1).toString()));
        assertEquals(2, fill.get("added").asLong(), fill.toString());
        assertEquals(parties.get(2) + "," + parties.get(3), single("SELECT string_agg(party_id::text, ',' ORDER BY party_id)"
                + " FROM campaign_entry WHERE campaign_id = " + next));

        Api.Reply future = supervisor.post("/campaigns/" + next + "/preview",
                criteria().put("notContactedSince", today.plusDays(1).toString()).toString());
        assertEquals(422, future.status(), future.body());
        Api.Reply upsideDown = supervisor.post("/campaigns/" + next + "/preview", criteria().put("ageMin", 50).put("ageMax", 30).toString());
        assertEquals(422, upsideDown.status(), upsideDown.body());
    }

    @Test
    void aCampaignThatRequiresTheRpoCheckTakesOnlyNumbersCheckedInTheLast15DaysAndNeverOpposedOnes() throws SQLException {
        String fresh = PartiesIT.newMobile();
        String stale = PartiesIT.newMobile();
        String opposed = PartiesIT.newMobile();
        List<String> mobiles = List.of(fresh, stale, opposed, PartiesIT.newMobile());
        for (int i = 0; i < mobiles.size(); i++) {
            create(CampaignsIT.inAllein("Rpo", "Numero" + (char) ('A' + i), mobiles.get(i), true, run));
        }
        execute("INSERT INTO rpo_check (number, checked_on, opposed) VALUES (?, current_date - 15, false),"
                + " (?, current_date - 16, false), (?, current_date, true)", e164(fresh), e164(stale), e164(opposed));
        Api.Reply created = supervisor.post("/campaigns", JSON.createObjectNode().put("name", run + "-rpo")
                .put("requiresRpoCheck", true).toString());
        assertEquals(201, created.status(), created.body());
        JsonNode preview = preview(created.json().get("id").asLong(), criteria());
        assertEquals(1, preview.get("count").asLong(), preview.toString());
        assertEquals(1, preview.get("excluded").get("doNotCall").asLong(), "opposed to the RPO: " + preview);
        assertEquals(2, preview.get("excluded").get("noRpoCheck").asLong(), "stale and never checked: " + preview);

        JsonNode without = preview(campaign(null), criteria());
        assertEquals(3, without.get("count").asLong(), "an opposed number is never called: " + without);
        assertEquals(0, without.get("excluded").get("noRpoCheck").asLong(), without.toString());
    }

    @Test
    void theFillCallsThePartyOnItsFirstMobileElseItsFirstPhoneAsTheRegistryLastSavedThem() throws SQLException {
        String mobile = PartiesIT.newMobile();
        ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Telefoni " + run)
                .put("vatNumber", CampaignsIT.newVatNumber());
        company.putObject("address").put("street", "Frazione 3").put("comuneIstat", CampaignsIT.ALLEIN).put("postalCode", "11010");
        company.putObject("consents").put("marketing", true);
        company.putArray("interests").add(run);
        contacts(company, "PHONE", "0165 123456", "MOBILE", mobile);
        long id = create(company);
        assertEquals(e164(mobile), filledPhone(id), "a mobile before an earlier phone");

        contacts(company, "EMAIL", "telefoni@example.com", "PHONE", "0165 654321", "PHONE", "0165 123456");
        update(id, company);
        assertEquals("+390165654321", filledPhone(id), "without a mobile, the first phone");

        contacts(company, "EMAIL", "telefoni@example.com");
        update(id, company);
        JsonNode none = preview(campaign(null), criteria());
        assertEquals(0, none.get("count").asLong(), none.toString());
        assertEquals(1, none.get("excluded").get("noPhone").asLong(), none.toString());
    }

    @Test
    void aListOverItsBoundIs422NamingItsFieldWhileEveryComuneOfItalyIsAQuickPreview() throws SQLException {
        create(party("Ovunque"));
        create(party("Dappertutto"));
        long campaign = campaign(null);
        List<String> italy = List.of(single("SELECT string_agg(istat_code, ',' ORDER BY istat_code) FROM comune").split(","));
        assertEquals(7_904, italy.size());

        ObjectNode everywhere = criteria();
        italy.forEach(everywhere.putArray("comuni")::add);
        long started = System.nanoTime();
        JsonNode preview = preview(campaign, everywhere);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(2, preview.get("count").asLong(), preview.toString());
        assertTrue(millis < 5_000, "7,904 comuni, one array parameter: " + millis + " ms");
        JsonNode fill = post("/campaigns/" + campaign + "/fill", everywhere);
        assertEquals(2, fill.get("added").asLong(), fill.toString());

        ObjectNode tooMany = criteria();
        var comuni = tooMany.putArray("comuni");
        for (int i = 0; i < 8_001; i++) {
            comuni.add(String.format("9%05d", i));
        }
        assertRefused(campaign, tooMany, "comuni", "8.000");
        ObjectNode interests = JSON.createObjectNode();
        var names = interests.putArray("interests");
        for (int i = 0; i < 501; i++) {
            names.add("interesse " + i);
        }
        assertRefused(campaign, interests, "interests", "500");
        ObjectNode campaigns = JSON.createObjectNode();
        var ids = campaigns.putArray("notInCampaigns");
        for (long i = 0; i < 40_000; i++) {
            ids.add(i);
        }
        assertRefused(campaign, campaigns, "notInCampaigns", "500");
        Api.Reply fillRefused = supervisor.post("/campaigns/" + campaign + "/fill", tooMany.toString());
        assertEquals(422, fillRefused.status(), fillRefused.body());
    }

    private void assertRefused(long campaign, ObjectNode criteria, String field, String bound) {
        long started = System.nanoTime();
        Api.Reply refused = supervisor.post("/campaigns/" + campaign + "/preview", criteria.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(422, refused.status(), refused.body());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals(field, error.get("field").asText(), refused.body());
        assertEquals("FILL_TOO_MANY_VALUES", error.get("code").asText(), refused.body());
        assertTrue(error.get("message").asText().contains(bound), refused.body());
        assertTrue(millis < 5_000, field + " refused in " + millis + " ms");
    }

    private static void contacts(ObjectNode party, String... kindsAndValues) {
        var contacts = party.putArray("contacts");
        for (int i = 0; i < kindsAndValues.length; i += 2) {
            contacts.addObject().put("kind", kindsAndValues[i]).put("value", kindsAndValues[i + 1]);
        }
    }

    private void update(long id, ObjectNode party) {
        party.put("version", supervisor.get("/parties/" + id).json().get("version").asLong());
        Api.Reply reply = supervisor.put("/parties/" + id, party.toString());
        assertEquals(200, reply.status(), reply.body());
    }

    /** The phone of the party's entry in a new campaign filled now. */
    private String filledPhone(long party) throws SQLException {
        long campaign = campaign(null);
        JsonNode fill = post("/campaigns/" + campaign + "/fill", criteria());
        assertEquals(1, fill.get("added").asLong(), fill.toString());
        return single("SELECT phone FROM campaign_entry WHERE campaign_id = " + campaign + " AND party_id = " + party);
    }

    private static String e164(String mobile) {
        return "+39" + mobile.replace(" ", "");
    }

    private long since(long campaign, LocalDate day) {
        return preview(campaign, criteria().put("notContactedSince", day.toString())).get("count").asLong();
    }

    private ObjectNode party(String lastName) {
        return CampaignsIT.inAllein("Test", lastName, PartiesIT.newMobile(), true, run);
    }

    private ObjectNode criteria() {
        ObjectNode criteria = JSON.createObjectNode();
        criteria.putArray("comuni").add(CampaignsIT.ALLEIN);
        criteria.putArray("interests").add(run);
        return criteria;
    }

    private long create(ObjectNode party) {
        Api.Reply reply = supervisor.post("/parties", party.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asLong();
    }

    private long campaign(String consent) {
        Api.Reply created = supervisor.post("/campaigns", JSON.createObjectNode().put("name", run + "-" + System.nanoTime())
                .put("requiredConsent", consent).toString());
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    private JsonNode preview(long campaign, ObjectNode criteria) {
        return post("/campaigns/" + campaign + "/preview", criteria);
    }

    private JsonNode post(String path, ObjectNode body) {
        Api.Reply reply = supervisor.post(path, body.toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void attempted(long campaign, long party, String when) throws SQLException {
        execute("UPDATE campaign_entry SET last_attempt_at = " + when + " WHERE campaign_id = " + campaign
                + " AND party_id = " + party);
    }

    private static void execute(String sql, Object... values) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String single(String sql) throws SQLException {
        try (Connection db = connect(); var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
    }
}
