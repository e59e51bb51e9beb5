package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Registro delle Opposizioni end to end over REST: a campaign's numbers exported, the register's answers
 * loaded (one file of today, one of 20 days ago), and a campaign that requires the check taking exactly the
 * numbers checked in the last 15 days and not opposed. Parties of a comune and an interest named for this run.
 */
@ExtendWith(TestServer.class)
class RpoIT {

    private static final String ALLEIN = "007001";

    private final Api supervisor = Api.as("supervisor", "demo");
    private final Api admin = Api.as("admin", "demo");
    private final Api operator1 = Api.as("operator1", "demo");
    private final String run = "Rpo" + System.nanoTime();

    @Test
    void exportAnswersAndAFillThatRequiresTheCheck() throws SQLException {
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String mobile = PartiesIT.newMobile();
            mobiles.add(mobile.replace(" ", ""));
            ObjectNode party = PartiesIT.person("Verificato", "Registro" + (char) ('A' + i), mobile);
            party.putObject("address").put("street", "Frazione 3").put("comuneIstat", ALLEIN).put("postalCode", "11010");
            party.putArray("interests").add(run);
            Api.Reply created = supervisor.post("/parties", party.toString());
            assertEquals(201, created.status(), created.body());
        }

        long list = campaign(run + "-lista", false);
        Api.Reply filled = supervisor.post("/campaigns/" + list + "/fill", criteria());
        assertEquals(6, filled.json().get("added").asLong(), filled.body());
        Api.Download export = supervisor.download("/campaigns/" + list + "/rpo-export.csv");
        assertEquals(200, export.status(), export.text());
        assertTrue(export.contentType().startsWith("text/csv"), export.contentType());
        assertTrue(export.disposition().contains("attachment"), export.disposition());
        List<String> expected = new ArrayList<>(mobiles);
        expected.sort(null);
        expected.add(0, "numero");
        assertEquals(expected, Arrays.asList(export.text().split("\r\n")), "the header, then each number once, without +39");
        assertEquals(404, supervisor.download("/campaigns/999999999/rpo-export.csv").status());
        assertEquals(403, operator1.download("/campaigns/" + list + "/rpo-export.csv").status());

        String today = "numero;esito\r\n"
                + mobiles.get(0) + ";NON OPPOSTO\r\n"
                + mobiles.get(1) + ";OPPOSTO\r\n"
                + "+39 " + mobiles.get(2) + ";no\r\n"
                + "12ab;NO\r\n";
        Api.Reply applied = supervisor.postMultipart("/rpo/returns", Map.of(), "esito.csv", today.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, applied.status(), applied.body());
        JsonNode counts = applied.json();
        assertEquals(3, counts.get("checked").asLong(), applied.body());
        assertEquals(1, counts.get("opposed").asLong(), applied.body());
        assertEquals(1, counts.get("rejected").asLong(), applied.body());
        assertEquals(5, counts.get("errors").get(0).get("line").asLong(), applied.body());
        assertEquals("RPO_NUMBER_INVALID", counts.get("errors").get(0).get("code").asText(), applied.body());

        String old = LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(20).toString();
        String stale = "numero,esito\n" + mobiles.get(3) + ",0\n" + mobiles.get(4) + ",0\n" + mobiles.get(0) + ",1\n";
        Api.Reply staleApplied = supervisor.postBytes("/rpo/returns?checkedOn=" + old, stale.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, staleApplied.status(), staleApplied.body());
        assertEquals(3, staleApplied.json().get("checked").asLong(), staleApplied.body());
        assertEquals(0, staleApplied.json().get("rejected").asLong(), staleApplied.body());

        assertTrue(Long.parseLong(single("SELECT count(*) FROM audit_entry WHERE entity_type = 'RPO_RETURN'"
                + " AND username = 'supervisor'")) >= 2, "each load is audited");
        assertEquals("rpo_check,do_not_call,checked=3,opposed=" + staleApplied.json().get("opposed").asLong() + ",rejected=0", single("SELECT fields FROM audit_entry"
                + " WHERE entity_type = 'RPO_RETURN' AND username = 'supervisor' ORDER BY id DESC LIMIT 1"), "with its counts");

        long checked = campaign(run + "-verificata", true);
        assertEquals(200, supervisor.put("/campaigns/" + checked + "/state", "{\"state\":\"ACTIVE\"}").status());
        JsonNode preview = supervisor.post("/campaigns/" + checked + "/preview", criteria()).json();
        assertEquals(2, preview.get("count").asLong(), "checked today and free; the older opposition changes nothing: " + preview);
        assertEquals(1, preview.get("excluded").get("doNotCall").asLong(), preview.toString());
        assertEquals(3, preview.get("excluded").get("noRpoCheck").asLong(), "two stale checks and one never checked: " + preview);
        Api.Reply fill = supervisor.post("/campaigns/" + checked + "/fill", criteria());
        assertEquals(2, fill.json().get("added").asLong(), fill.body());
        assertEquals("+39" + mobiles.get(0) + ",+39" + mobiles.get(2), single("SELECT string_agg(phone, ',' ORDER BY phone)"
                + " FROM campaign_entry WHERE campaign_id = " + checked));

        JsonNode opposed = supervisor.get("/dnc?number=" + mobiles.get(1)).json();
        assertEquals(1, opposed.get("total").asLong(), opposed.toString());
        assertEquals("+39" + mobiles.get(1), opposed.get("items").get(0).get("number").asText());
        assertEquals("RPO", opposed.get("items").get(0).get("source").asText());
        assertEquals(0, supervisor.get("/dnc?number=" + mobiles.get(0)).json().get("total").asLong());

        Api.Reply refused = admin.delete("/dnc/" + mobiles.get(1));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("DNC_RPO_OPPOSED", refused.json().get("errors").get(0).get("code").asText(), refused.body());
    }

    @Test
    void listSearchAndAuditedRemovalByAnAdministratorOnly() throws SQLException {
        String mobile = PartiesIT.newMobile();
        String e164 = "+39" + mobile.replace(" ", "");
        assertEquals(201, supervisor.post("/dnc", "{\"number\":\"" + mobile + "\",\"source\":\"INTERNAL\"}").status());
        JsonNode newest = supervisor.get("/dnc?size=1").json();
        assertTrue(newest.get("total").asLong() >= 1);
        assertEquals(1, newest.get("items").size());
        JsonNode found = supervisor.get("/dnc?source=INTERNAL&number=0039" + mobile.replace(" ", "-")).json();
        assertEquals(1, found.get("total").asLong(), found.toString());
        assertEquals("supervisor", found.get("items").get(0).get("addedBy").asText());
        assertEquals(0, supervisor.get("/dnc?source=RPO&number=" + mobile.replace(" ", "")).json().get("total").asLong());
        assertEquals(422, supervisor.get("/dnc?number=12ab").status());

        assertEquals(403, supervisor.delete("/dnc/" + e164).status());
        assertEquals(204, admin.delete("/dnc/" + mobile.replace(" ", "")).status());
        assertEquals(0, supervisor.get("/dnc?number=" + e164).json().get("total").asLong());
        assertEquals(404, admin.delete("/dnc/" + e164).status());
        assertEquals("CREATE supervisor number=" + e164 + ",source=INTERNAL | DELETE admin number,source",
                single("SELECT string_agg(action || ' ' || username || ' ' || fields, ' | ' ORDER BY id) FROM audit_entry"
                        + " WHERE entity_type = 'DO_NOT_CALL' AND entity_id = " + e164.substring(1)));
    }

    @Test
    void aReturnDatedInTheFutureOrBadlyIsRefusedWhole() {
        byte[] file = ("numero;esito\n" + PartiesIT.newMobile().replace(" ", "") + ";NO\n").getBytes(StandardCharsets.UTF_8);
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(1).toString();
        assertEquals(422, supervisor.postBytes("/rpo/returns?checkedOn=" + tomorrow, file, "text/csv").status());
        assertEquals(422, supervisor.postBytes("/rpo/returns?checkedOn=23/11", file, "text/csv").status());
        assertEquals(403, operator1.postBytes("/rpo/returns", file, "text/csv").status());
    }

    private long campaign(String name, boolean requiresRpoCheck) {
        Api.Reply created = supervisor.post("/campaigns", "{\"name\":\"" + name + "\",\"requiresRpoCheck\":" + requiresRpoCheck + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    private String criteria() {
        return "{\"comuni\":[\"" + ALLEIN + "\"],\"interests\":[\"" + run + "\"]}";
    }

    private static String single(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
