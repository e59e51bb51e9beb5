package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agenda through the API as a CTI uses it: contracts, appointments, activities and lead notes on the party's
 * timeline, the field agents' calendars and their iCal feeds, and the agenda's part of the privacy export and erasure.
 * Every test books agents of its own, so no two tests share an agent's time.
 */
@ExtendWith(TestServer.class)
class AgendaIT {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final String AGENT_PASSWORD = "agente-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger AGENTS = new AtomicInteger();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Api operator1 = Api.as("operator1", "demo");
    private final Api operator2 = Api.as("operator2", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final Api admin = Api.as("admin", "demo");

    @Test
    void aContractAnAppointmentAndAnActivityAreOnTheTimelineNewestFirstInTheCallersLanguage() {
        String agent = newAgent();
        long party = newPerson(operator1, "Timeline");
        LocalDate day = LocalDate.now(ROME).plusDays(3);
        created(operator1.post("/parties/" + party + "/contracts",
                "{\"product\":\"Fibra 1 Gbit\",\"value\":1200,\"startDate\":\"" + day + "\",\"notes\":\"24 mesi\"}"));
        created(operator1.post("/appointments", "{\"partyId\":" + party + ",\"agent\":\"" + agent + "\",\"start\":\""
                + day + "T10:00\",\"durationMinutes\":60,\"notes\":\"Portare il modulo\"}"));
        created(operator1.post("/parties/" + party + "/activities", "{\"text\":\"Richiamare per il rinnovo\",\"inMonths\":9}"));

        JsonNode italian = ok(operator1.getIn("it", "/parties/" + party + "/timeline"));
        assertEquals(List.of("ACTIVITY", "APPOINTMENT", "CONTRACT"), kinds(italian).subList(0, 3), italian.toString());
        assertTrue(kinds(italian).containsAll(List.of("CONSENT", "STATUS")), "the registry's events are there too");
        String nineMonths = LocalDate.now(ROME).plusMonths(9).format(SHOWN);
        assertEquals("Attività per operator1 entro il " + nineMonths + ": Richiamare per il rinnovo", italian.get(0).get("text").asText());
        assertEquals("Appuntamento fissato per il " + day.format(SHOWN) + " 10:00 con Test " + agent
                + " presso Via Roma 1, 20121 Milano (MI)", italian.get(1).get("text").asText());
        assertEquals("Contratto «Fibra 1 Gbit» di 1.200,00 € con decorrenza " + day.format(SHOWN), italian.get(2).get("text").asText());
        for (int i = 0; i < italian.size(); i++) {
            assertEquals(party, italian.get(i).get("partyId").asLong());
            if (i > 0) {
                assertFalse(Instant.parse(italian.get(i).get("at").asText()).isAfter(Instant.parse(italian.get(i - 1).get("at").asText())),
                        "newest first: " + italian);
            }
        }
        assertEquals("operator1", italian.get(0).get("by").asText());

        JsonNode english = ok(operator1.getIn("en", "/parties/" + party + "/timeline?limit=3"));
        assertEquals(3, english.size());
        assertEquals("Contract \"Fibra 1 Gbit\" worth €1,200.00 starting " + day.format(SHOWN), english.get(2).get("text").asText());
        assertEquals("Appointment on " + day.format(SHOWN) + " 10:00 with Test " + agent + " at Via Roma 1, 20121 Milano (MI)",
                english.get(1).get("text").asText());
        assertEquals(422, operator1.get("/parties/" + party + "/timeline?limit=0").status());
    }

    @Test
    void aPersonsAppointmentShowsOnTheCompanyTheyRepresent() {
        String agent = newAgent();
        long person = newPerson(supervisor, "Rappresentante");
        ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Agenda Srl " + System.nanoTime())
                .put("vatNumber", vatNumber()).put("legalRepresentativeId", person);
        long companyId = created(supervisor.post("/parties?allowDuplicate=true", company.toString()));
        created(operator1.post("/appointments", "{\"partyId\":" + person + ",\"agent\":\"" + agent + "\",\"start\":\""
                + future(4, 15) + "\",\"durationMinutes\":45,\"place\":\"Sede di Milano\"}"));

        JsonNode timeline = ok(operator1.get("/parties/" + companyId + "/timeline"));
        JsonNode appointment = first(timeline, "APPOINTMENT");
        assertEquals(person, appointment.get("partyId").asLong(), "the person's event keeps the person's id");
        assertTrue(appointment.get("text").asText().endsWith("presso Sede di Milano"), appointment.toString());
    }

    @Test
    void anAgentIsNeverBookedTwiceForTheSameMinutes() {
        String agent = newAgent();
        String other = newAgent();
        long party = newPerson(operator1, "Sovrapposta");
        String ten = future(5, 10);
        Api.Reply booked = operator1.post("/appointments", booking(party, agent, ten, 60));
        long first = created(booked);
        long version = booked.json().get("version").asLong();
        assertEquals(version, operator2.get("/appointments/" + first).json().get("version").asLong());

        Api.Reply overlap = operator2.post("/appointments", booking(party, agent, future(5, 10).replace("T10:00", "T10:30"), 60));
        assertEquals(422, overlap.status(), overlap.body());
        JsonNode error = overlap.json().get("errors").get(0);
        assertEquals("APPOINTMENT_OVERLAP", error.get("code").asText());
        assertEquals("appointment.start", error.get("field").asText());
        assertTrue(error.get("message").asText().startsWith("Test " + agent + " ha già un appuntamento il "), error.toString());

        created(operator2.post("/appointments", booking(party, agent, ten.replace("T10:00", "T11:00"), 30)));
        created(operator2.post("/appointments", booking(party, other, ten, 60)));

        assertEquals(422, operator2.post("/appointments/" + first + "/cancellation", "").status(), "the version is required");
        assertEquals(409, operator2.post("/appointments/" + first + "/cancellation?version=" + (version + 7), "").status());
        assertEquals(204, operator2.post("/appointments/" + first + "/cancellation?version=" + version, "").status());
        assertEquals("CANCELLED", operator2.get("/appointments/" + first).json().get("state").asText());
        assertEquals(422, operator2.post("/appointments/" + first + "/cancellation?version=" + (version + 1), "").status(),
                "cancelled once");
        created(operator2.post("/appointments", booking(party, agent, ten, 60)));
        assertEquals("APPOINTMENT", first(ok(operator1.get("/parties/" + party + "/timeline")), "APPOINTMENT").get("kind").asText());
        assertTrue(ok(operator1.get("/parties/" + party + "/timeline")).toString().contains("Annullato l'appuntamento del "));
    }

    @Test
    void aBookingIsCheckedFieldByField() {
        String agent = newAgent();
        long party = newPerson(operator1, "Controllata");
        assertEquals(List.of("appointment.start:APPOINTMENT_IN_PAST", "appointment.durationMinutes:DURATION_OUT_OF_RANGE",
                        "appointment.agent:NOT_A_FIELD_AGENT"),
                errors(operator1.post("/appointments", "{\"partyId\":" + party + ",\"agent\":\"operator2\",\"start\":\"2020-01-01T10:00:00Z\","
                        + "\"durationMinutes\":10}")));
        assertEquals(List.of("appointment.agent:REQUIRED", "appointment.start:REQUIRED", "appointment.durationMinutes:DURATION_OUT_OF_RANGE"),
                errors(operator1.post("/appointments", "{\"partyId\":" + party + "}")));
        assertEquals(List.of("start:INVALID_DATE"), errors(operator1.post("/appointments",
                "{\"partyId\":" + party + ",\"agent\":\"" + agent + "\",\"start\":\"domani\",\"durationMinutes\":30}")));
        assertEquals(List.of("contract.product:REQUIRED", "contract.value:INVALID_AMOUNT", "contract.startDate:REQUIRED"),
                errors(operator1.post("/parties/" + party + "/contracts", "{\"product\":\" \",\"value\":-5}")));
        assertEquals(List.of("contract.value:INVALID_AMOUNT"), errors(operator1.post("/parties/" + party + "/contracts",
                "{\"product\":\"Luce\",\"value\":10.005,\"startDate\":\"2026-01-01\"}")));
        assertEquals(List.of("activity.text:REQUIRED", "activity.dueOn:ACTIVITY_DUE_IN_PAST", "activity.assignee:UNKNOWN_USER"),
                errors(operator1.post("/parties/" + party + "/activities", "{\"dueOn\":\"2020-01-01\",\"assignee\":\"nessuno\"}")));
        assertEquals(404, operator1.post("/parties/999999999/contracts", "{}").status());
    }

    @Test
    void aPartyTheCallerMayNotSeeHasNoTimelineAndTakesNothing() {
        String agent = newAgent();
        ObjectNode hidden = PartiesIT.person("Riservata", "Agenda", PartiesIT.newMobile()).put("visibility", "OWNERS");
        hidden.putArray("owners").add("operator1");
        long party = created(operator1.post("/parties", hidden.toString()));

        assertEquals(404, operator2.get("/parties/" + party + "/timeline").status());
        assertEquals(404, operator2.post("/parties/" + party + "/contracts",
                "{\"product\":\"Luce\",\"value\":10,\"startDate\":\"2026-01-01\"}").status());
        assertEquals(404, operator2.post("/parties/" + party + "/activities", "{\"text\":\"x\",\"inMonths\":1}").status());
        assertEquals(404, operator2.post("/appointments", booking(party, agent, future(6, 9), 30)).status());
        assertEquals(200, operator1.get("/parties/" + party + "/timeline").status());
    }

    @Test
    void appointmentsAreListedByRangeAndAgent() {
        String agent = newAgent();
        String other = newAgent();
        long party = newPerson(operator1, "Elencata");
        long mine = created(operator1.post("/appointments", booking(party, agent, future(10, 9), 60)));
        long theirs = created(operator1.post("/appointments", booking(party, other, future(10, 9), 60)));
        long later = created(operator1.post("/appointments", booking(party, agent, future(12, 16), 30)));
        String day = LocalDate.now(ROME).plusDays(10).toString();
        String dayAfter = LocalDate.now(ROME).plusDays(11).toString();

        JsonNode one = ok(operator2.get("/appointments?from=" + day + "&to=" + dayAfter + "&agent=" + agent));
        assertEquals(1, one.size(), one.toString());
        JsonNode appointment = one.get(0);
        assertEquals(mine, appointment.get("id").asLong());
        assertEquals(party, appointment.get("partyId").asLong());
        assertEquals(agent, appointment.get("agent").asText());
        assertEquals(LocalDate.now(ROME).plusDays(10).atTime(9, 0).atZone(ROME).toInstant().toString(), appointment.get("start").asText());
        assertEquals(LocalDate.now(ROME).plusDays(10).atTime(10, 0).atZone(ROME).toInstant().toString(), appointment.get("end").asText());
        assertEquals("Via Roma 1, 20121 Milano (MI)", appointment.get("place").asText(), "no place given: the party's address");

        List<Long> allAgents = ids(ok(operator2.get("/appointments?from=" + day + "&to=" + dayAfter)));
        assertTrue(allAgents.containsAll(List.of(mine, theirs)) && !allAgents.contains(later), allAgents.toString());
        assertEquals(List.of(mine, later), ids(ok(operator2.get("/appointments?from=" + day + "&to="
                + LocalDate.now(ROME).plusDays(13) + "&agent=" + agent))));
        String nineThirty = LocalDate.now(ROME).plusDays(10).atTime(9, 30).atZone(ROME).toInstant().toString();
        assertEquals(List.of(mine), ids(ok(operator2.get("/appointments?from=" + nineThirty + "&to=" + dayAfter + "&agent=" + agent))),
                "an appointment under way at the start of the range is in it");
        assertEquals(422, operator2.get("/appointments?from=" + dayAfter + "&to=" + day).status());
        assertEquals(401, Api.anonymous().get("/appointments").status());
    }

    @Test
    void theICalFeedIsForTheAgentAndSupervisorsOnly() {
        String agent = newAgent();
        long party = newPerson(operator1, "Calendario");
        long morning = created(operator1.post("/appointments", "{\"partyId\":" + party + ",\"agent\":\"" + agent + "\",\"start\":\""
                + future(7, 9) + "\",\"durationMinutes\":90,\"place\":\"Via Dante 3, Milano\",\"notes\":\"Citofono: Rossi; secondo piano\"}"));
        long afternoon = created(operator1.post("/appointments", booking(party, agent, future(8, 15), 30)));

        Api.Download feed = Api.as(agent, AGENT_PASSWORD).download("/agents/" + agent + "/agenda.ics");
        assertEquals(200, feed.status(), feed.text());
        assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
        String ics = feed.text();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        assertTrue(ics.contains("\r\nUID:appointment-" + morning + "@callcenter\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:appointment-" + afternoon + "@callcenter\r\n"), ics);
        String start = LocalDate.now(ROME).plusDays(7).atTime(9, 0).atZone(ROME).toInstant().toString().replace("-", "").replace(":", "");
        assertTrue(ics.contains("\r\nDTSTART:" + start + "\r\n"), start + " in " + ics);
        assertTrue(ics.contains("\r\nLOCATION:Via Dante 3\\, Milano\r\n"));
        assertTrue(ics.contains("\r\nDESCRIPTION:Citofono: Rossi\\; secondo piano\r\n"));
        assertTrue(ics.contains("\r\nSUMMARY:Calendario"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }

        assertEquals(403, operator2.download("/agents/" + agent + "/agenda.ics").status());
        assertEquals(200, supervisor.download("/agents/" + agent + "/agenda.ics").status());
        assertEquals(404, supervisor.download("/agents/nessuno.agente/agenda.ics").status());
        assertEquals(401, Api.anonymous().download("/agents/" + agent + "/agenda.ics").status());
    }

    @Test
    void fieldAgentsAreManagedByTheAdministrator() {
        String username = "agente.nuovo" + AGENTS.incrementAndGet() + "." + System.nanoTime() % 100_000;
        TestUsers.create(username, AGENT_PASSWORD, "OPERATOR");
        assertEquals(403, supervisor.put("/agents/" + username, "{\"phone\":\"+39 02 1234567\"}").status());
        JsonNode saved = ok(admin.put("/agents/" + username, "{\"phone\":\"+39 02 1234567\"}"));
        assertTrue(saved.get("active").asBoolean());
        assertEquals("Test " + username, saved.get("fullName").asText());
        assertTrue(ok(operator1.get("/agents")).toString().contains(username));

        assertEquals(409, admin.put("/agents/" + username, "{\"active\":false,\"version\":7}").status());
        JsonNode retired = ok(admin.put("/agents/" + username, "{\"active\":false,\"version\":" + saved.get("version").asLong() + "}"));
        assertFalse(retired.get("active").asBoolean());
        JsonNode newPhone = ok(admin.put("/agents/" + username, "{\"phone\":\"+39 02 7654321\",\"version\":"
                + retired.get("version").asLong() + "}"));
        assertFalse(newPhone.get("active").asBoolean(), "a change that does not name active keeps it");
        assertEquals("+39 02 7654321", newPhone.get("phone").asText());
        long party = newPerson(operator1, "Agente Ritirato");
        assertEquals(List.of("appointment.agent:NOT_A_FIELD_AGENT"), errors(operator1.post("/appointments", booking(party, username,
                future(9, 11), 30))));
        assertEquals(422, admin.put("/agents/nessuno.mai", "{}").status());
    }

    @Test
    void aLeadNoteReachesItsReaderAndTheTimeline() throws SQLException {
        long party = newPerson(operator1, "Segnalata");
        created(operator1.post("/parties/" + party + "/lead-notes", "{\"to\":\"supervisor\",\"text\":\"Interessato anche al fotovoltaico\"}"));
        assertEquals("Segnalazione a Sara Supervisori: Interessato anche al fotovoltaico",
                first(ok(operator1.get("/parties/" + party + "/timeline")), "NOTE").get("text").asText());
        assertEquals(1, count("SELECT count(*) FROM notification WHERE username = 'supervisor' AND party_id = ?"
                + " AND message_key = 'notification.leadNote'", party));
        assertEquals(List.of("leadNote.to:UNKNOWN_USER", "leadNote.text:REQUIRED"),
                errors(operator1.post("/parties/" + party + "/lead-notes", "{\"to\":\"nessuno\"}")));
    }

    @Test
    void campaignsCallsAndOutcomesAreOnTheTimelineToo() throws SQLException {
        String tag = "Agenda campagna " + System.nanoTime();
        ObjectNode person = PartiesIT.person("Prova", "Chiamata", PartiesIT.newMobile());
        person.putArray("interests").add(tag);
        long party = created(operator1.post("/parties?allowDuplicate=true", person.toString()));
        enter(CampaignFixture.create(supervisor, tag), party);
        attempt(party, "CALLBACK", "dopo cena");

        JsonNode timeline = ok(operator1.getIn("it", "/parties/" + party + "/timeline"));
        assertEquals("Inserito nella campagna «" + tag + "»", first(timeline, "CAMPAIGN").get("text").asText());
        assertTrue(first(timeline, "CALL").get("text").asText().startsWith("Chiamata al +39338"), timeline.toString());
        String tomorrow = LocalDate.now(ROME).plusDays(1).format(SHOWN);
        assertTrue(first(timeline, "OUTCOME").get("text").asText().matches("Esito: Da richiamare, da richiamare il "
                + tomorrow + " \\d\\d:\\d\\d\\. Nota: dopo cena"), timeline.toString());
        assertTrue(first(ok(operator1.getIn("en", "/parties/" + party + "/timeline")), "OUTCOME").get("text").asText()
                .startsWith("Outcome: Call back, call back on "));
        assertTrue(kinds(timeline).indexOf("OUTCOME") < kinds(timeline).indexOf("CALL"), "the outcome comes after the call, newest first");
    }

    @Test
    void thePrivacyExportListsTheAgendaAndTheErasureLeavesNothing() throws SQLException {
        String agent = newAgent();
        String tag = "Agenda privacy " + System.nanoTime();
        ObjectNode person = PartiesIT.person("Paola", "Agendata", PartiesIT.newMobile());
        person.putArray("interests").add(tag);
        long party = created(supervisor.post("/parties?allowDuplicate=true", person.toString()));
        enter(CampaignFixture.create(supervisor, tag), party);
        attempt(party, "NO_ANSWER", null);
        created(supervisor.post("/parties/" + party + "/contracts", "{\"product\":\"Gas\",\"value\":99.9,\"startDate\":\"2026-05-01\"}"));
        created(supervisor.post("/appointments", booking(party, agent, future(11, 12), 60)));
        created(supervisor.post("/parties/" + party + "/activities", "{\"text\":\"Inviare il contratto\",\"inMonths\":1,"
                + "\"assignee\":\"operator1\"}"));
        created(supervisor.post("/parties/" + party + "/lead-notes", "{\"to\":\"operator2\",\"text\":\"Ha un secondo immobile\"}"));

        JsonNode export = operator1.download("/parties/" + party + "/export").json();
        JsonNode agenda = export.get("otherAreas").get("agenda");
        assertEquals("Gas", agenda.get("contracts").get(0).get("product").asText());
        assertEquals(99.9, agenda.get("contracts").get(0).get("value").asDouble());
        assertEquals(agent, agenda.get("appointments").get(0).get("agent").asText());
        assertEquals("Inviare il contratto", agenda.get("activities").get(0).get("text").asText());
        assertEquals("Ha un secondo immobile", agenda.get("leadNotes").get(0).get("text").asText());
        assertEquals(tag, export.get("otherAreas").get("campaigns").get(0).get("campaign").asText());
        assertEquals("NO_ANSWER", export.get("otherAreas").get("attempts").get(0).get("outcome").asText());
        assertTrue(export.get("otherAreas").get("callLog").isArray(), "the telephony's calls have a section of their own");

        long version = supervisor.get("/parties/" + party).json().get("version").asLong();
        assertEquals(204, supervisor.post("/parties/" + party + "/erasure?version=" + version, "").status());
        assertEquals(Map.of(), rowsAbout(party), "rows left about the erased party");
    }

    // ---- helpers shared with the browser test

    /** A new user with the OPERATOR role made a field agent by the administrator; their password is AGENT_PASSWORD. */
    static String newAgent() {
        String username = "agente.it" + AGENTS.incrementAndGet() + "." + System.nanoTime() % 100_000;
        TestUsers.create(username, AGENT_PASSWORD, "OPERATOR");
        Api.Reply saved = Api.as("admin", "demo").put("/agents/" + username, "{\"phone\":\"+39 333 1112222\"}");
        assertEquals(200, saved.status(), saved.body());
        return username;
    }

    /** A new person living in Via Roma 1, 20121 Milano; answers the id. */
    static long newPerson(Api api, String lastName) {
        return created(api.post("/parties?allowDuplicate=true", PartiesIT.person("Mario", lastName, PartiesIT.newMobile()).toString()));
    }

    /** The local time {@code hour}:00 in Italy, {@code days} from today, as a CTI in Italy writes it. */
    static String future(int days, int hour) {
        return LocalDate.now(ROME).plusDays(days) + "T" + String.format("%02d", hour) + ":00";
    }

    static String booking(long party, String agent, String start, int minutes) {
        return "{\"partyId\":" + party + ",\"agent\":\"" + agent + "\",\"start\":\"" + start + "\",\"durationMinutes\":" + minutes + "}";
    }

    static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asLong();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<String> kinds(JsonNode timeline) {
        List<String> kinds = new ArrayList<>();
        timeline.forEach(e -> kinds.add(e.get("kind").asText()));
        return kinds;
    }

    private static List<Long> ids(JsonNode appointments) {
        List<Long> ids = new ArrayList<>();
        appointments.forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    private static JsonNode first(JsonNode timeline, String kind) {
        for (JsonNode event : timeline) {
            if (kind.equals(event.get("kind").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + kind + " in " + timeline);
    }

    private static List<String> errors(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.body());
        List<String> errors = new ArrayList<>();
        reply.json().get("errors").forEach(e -> errors.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return errors;
    }

    /**
     * The party put in the campaign as the fill puts it (its mobile, OPEN, oldest first): written here so that these
     * tests need neither the fill's criteria nor its rules, which are the campaign tests' business.
     */
    private static void enter(long campaign, long party) throws SQLException {
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("WITH n AS (SELECT nextval('campaign_entry_seq') AS id)"
                + " INSERT INTO campaign_entry (id, campaign_id, party_id, phone, dispatch_key) SELECT n.id, ?, c.party_id, c.search_key, n.id"
                + " FROM n, party_contact c WHERE c.party_id = ? AND c.kind = 'MOBILE'")) {
            insert.setLong(1, campaign);
            insert.setLong(2, party);
            assertEquals(1, insert.executeUpdate());
        }
    }

    /** An attempt on the party's entry as the queue records it: taken five minutes ago, its outcome a minute later. */
    private static void attempt(long party, String outcome, String note) throws SQLException {
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("INSERT INTO entry_attempt (id, entry_id,"
                + " campaign_id, party_id, operator, phone, outcome, note, taken_at, recorded_at, callback_at, contact, success)"
                + " SELECT nextval('entry_attempt_seq'), e.id, e.campaign_id, e.party_id, 'operator1', e.phone, ?, ?,"
                + " now() - interval '5 minutes', now() - interval '4 minutes',"
                + " CASE WHEN ? = 'CALLBACK' THEN now() + interval '1 day' END, false, false FROM campaign_entry e WHERE e.party_id = ?")) {
            insert.setString(1, outcome);
            insert.setString(2, note);
            insert.setString(3, outcome);
            insert.setLong(4, party);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private static int count(String sql, long parameter) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Rows that still point at the party, per table.column: every party_id column, and the party table. */
    private static Map<String, Integer> rowsAbout(long id) throws SQLException {
        Map<String, Integer> found = new TreeMap<>();
        try (Connection db = database();
             ResultSet columns = db.createStatement().executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE table_schema = 'public' AND (column_name IN ('party_id', 'person_id', 'legal_representative_id')"
                     + " OR (table_name = 'party' AND column_name = 'id'))")) {
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                try (PreparedStatement rows = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " = ?")) {
                    rows.setLong(1, id);
                    try (ResultSet rs = rows.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            found.put(table + "." + column, rs.getInt(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
    }

    /** A valid partita IVA nobody else uses: 7 random digits, office 001, the check digit. */
    private static String vatNumber() {
        StringBuilder digits = new StringBuilder(String.format("%07d", (int) (Math.random() * 10_000_000))).append("001");
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : (digit * 2 > 9 ? digit * 2 - 9 : digit * 2);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
