package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's interviews and contact promises through the API, each test with operators, parties and campaigns of its
 * own: a mandatory interview refuses a contact until every required question has an answer (a non-contact passes),
 * the answers are on the timeline, in the campaign's export and in the report; a promise is due on its day in the
 * other campaign and not before, is not given without the target's consent, and a campaign's rule promises by itself.
 */
@ExtendWith(TestServer.class)
class InterviewPromiseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String QUESTIONS = "{\"mandatory\":true,\"questions\":["
            + "{\"code\":\"people\",\"text\":\"Quante persone in casa?\",\"type\":\"NUMBER\",\"required\":true},"
            + "{\"code\":\"supplier\",\"text\":\"Ha già un fornitore?\",\"type\":\"YES_NO\",\"required\":true},"
            + "{\"code\":\"which\",\"text\":\"Quale fornitore?\",\"type\":\"CHOICE\",\"choices\":[\"Enel\",\"Eni\",\"Altro\"],\"required\":false}]}";

    private static final String CONTRACT = "{\"product\":\"Luce\",\"value\":100,\"startDate\":\""
            + LocalDate.now(ROME).plusMonths(1) + "\"}";

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "intv" + System.nanoTime() % 10_000_000;

    @Test
    void aMandatoryInterviewRefusesAContactUntilAnsweredThenAcceptsIt() throws IOException {
        String username = run + "a";
        Api operator = QueueIT.operator(admin, username);
        long campaign = QueueIT.activeCampaign(admin, supervisor, "Intervista " + run, 2, "SHARED", username);

        assertEquals(403, operator.put("/campaigns/" + campaign + "/interview", QUESTIONS).status(), "a supervisor's job");
        Api.Reply saved = supervisor.put("/campaigns/" + campaign + "/interview", QUESTIONS);
        assertEquals(200, saved.status(), saved.body());
        JsonNode interview = operator.get("/campaigns/" + campaign + "/interview").json();
        assertTrue(interview.get("mandatory").asBoolean());
        assertEquals(List.of("people", "supplier", "which"), codes(interview.get("questions")));
        assertEquals(List.of("Enel", "Eni", "Altro"), texts(interview.get("questions").get(2).get("choices")));
        Api.Reply twice = supervisor.put("/campaigns/" + campaign + "/interview",
                "{\"questions\":[{\"code\":\"a\",\"text\":\"x\",\"type\":\"TEXT\"},{\"code\":\"a\",\"text\":\"y\",\"type\":\"TEXT\"}]}");
        assertEquals(422, twice.status(), twice.body());
        assertEquals("INTERVIEW_CODE_TWICE", twice.json().get("errors").get(0).get("code").asText());

        // the first customer: a contact without the answers is refused, naming both missing questions
        JsonNode first = taken(operator);
        long entry = first.get("entryId").asLong();
        long party = first.get("party").get("id").asLong();
        Api.Reply refused = operator.post("/queue/entries/" + entry + "/outcome", "{\"outcome\":\"NOT_INTERESTED\"}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals(2, refused.json().get("errors").size(), refused.body());
        assertEquals("answers.people", refused.json().get("errors").get(0).get("field").asText());
        assertEquals("INTERVIEW_INCOMPLETE", refused.json().get("errors").get(0).get("code").asText());
        assertTrue(refused.json().get("errors").get(0).get("message").asText().contains("Quante persone in casa?"), refused.body());
        assertEquals("answers.supplier", refused.json().get("errors").get(1).get("field").asText());
        assertEquals(List.of("people", "supplier"), texts(refused.json().get("missing")));

        // answers saved alone (a wrong number refused), then one still missing with the outcome, then accepted
        Api.Reply wrong = operator.put("/queue/entries/" + entry + "/answers", "{\"people\":\"tre\"}");
        assertEquals(422, wrong.status(), wrong.body());
        assertEquals("INTERVIEW_ANSWER_INVALID", wrong.json().get("errors").get(0).get("code").asText());
        Api.Reply kept = operator.put("/queue/entries/" + entry + "/answers", "{\"people\":\"3\"}");
        assertEquals(200, kept.status(), kept.body());
        assertEquals("{\"people\":\"3\"}", kept.body());
        Api.Reply stillMissing = operator.post("/queue/entries/" + entry + "/outcome", "{\"outcome\":\"CONTRACT\","
                + "\"contract\":" + CONTRACT + ",\"answers\":{\"which\":\"eni\"}}");
        assertEquals(422, stillMissing.status(), stillMissing.body());
        assertEquals(1, stillMissing.json().get("errors").size(), stillMissing.body());
        assertEquals(List.of("supplier"), texts(stillMissing.json().get("missing")));
        Api.Reply accepted = operator.post("/queue/entries/" + entry + "/outcome",
                "{\"outcome\":\"NOT_INTERESTED\",\"answers\":{\"supplier\":\"sì\",\"which\":\"eni\"}}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("{\"people\":\"3\",\"supplier\":\"YES\",\"which\":\"Eni\"}",
                supervisor.get("/queue/entries/" + entry + "/answers").body());
        assertEquals(409, operator.put("/queue/entries/" + entry + "/answers", "{\"people\":\"4\"}").status(),
                "no longer held: the answers are closed with the outcome");

        // the second: an outcome that is not a contact needs no answer
        JsonNode second = taken(operator);
        Api.Reply noAnswer = operator.post("/queue/entries/" + second.get("entryId").asLong() + "/outcome", "{\"outcome\":\"NO_ANSWER\"}");
        assertEquals(200, noAnswer.status(), noAnswer.body());

        // the timeline, the export (one column a question), the report
        List<String> interviews = new ArrayList<>();
        for (JsonNode event : supervisor.get("/parties/" + party + "/timeline").json()) {
            if (event.get("text").asText().startsWith("Intervista")) {
                interviews.add(event.get("kind").asText() + " " + event.get("text").asText() + " " + event.get("by").asText());
            }
        }
        assertEquals(List.of("OUTCOME Intervista (campagna \u00abIntervista " + run + "\u00bb): Quante persone in casa?: 3;"
                + " Ha già un fornitore?: Sì; Quale fornitore?: Eni " + username), interviews);

        Api.Download csv = supervisor.download("/campaigns/" + campaign + "/export.csv");
        assertEquals(200, csv.status(), csv.text());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.text().replace("\uFEFF", "").lines().toList();
        assertEquals(3, lines.size(), csv.text());
        assertEquals("Nominativo;Telefono;Stato;Ultimo esito;Tentativi;Ultimo tentativo;Operatore;Quante persone in casa?;"
                + "Ha già un fornitore?;Quale fornitore?", lines.get(0));
        assertEquals(1, lines.stream().filter(l -> l.startsWith(first.get("party").get("displayName").asText() + ";")
                && l.contains(";Chiuso;NOT_INTERESTED;1;") && l.endsWith(";3;Sì;Eni")).count(), csv.text());
        assertEquals(1, lines.stream().filter(l -> l.contains(";NO_ANSWER;1;") && l.endsWith(";;;")).count(), csv.text());
        assertEquals(403, operator.download("/campaigns/" + campaign + "/export.csv").status());
        Api.Download xlsx = supervisor.downloadIn("en", "/campaigns/" + campaign + "/export.xlsx");
        assertEquals(200, xlsx.status());
        List<List<String>> cells = ReportsIT.cells(xlsx.body());
        assertEquals(3, cells.size(), cells.toString());
        assertEquals(List.of("Name", "Phone", "State", "Last outcome", "Attempts", "Last attempt", "Operator",
                "Quante persone in casa?", "Ha già un fornitore?", "Quale fornitore?"), cells.get(0));
        assertEquals(1, cells.stream().filter(r -> r.size() == 10 && r.subList(7, 10).equals(List.of("3", "Yes", "Eni"))).count(),
                cells.toString());

        Api.Download pdf = supervisor.download("/reports/interview-answers.pdf?campaign=" + campaign);
        assertEquals(200, pdf.status(), pdf.text());
        String text = ReportsIT.text(pdf.body());
        assertTrue(text.contains("Intervista: risposte"), text);
        assertTrue(text.contains("Quante persone in casa? 3 1 100,0%"), text);
        assertTrue(text.contains("Ha già un fornitore? Sì 1 100,0%"), text);
        assertTrue(text.contains("Nominativi intervistati: 1"), text);
        Api.Download report = supervisor.download("/reports/interview-answers.xlsx?campaign=" + campaign);
        assertEquals(200, report.status());
        assertTrue(ReportsIT.cells(report.body()).stream().anyMatch(r -> r.contains("Quale fornitore?") && r.contains("Eni")));
        assertEquals(422, supervisor.download("/reports/interview-answers.pdf").status(), "the campaign is needed");
    }

    @Test
    void aPromiseIsDueOnItsDayInTheOtherCampaignAndNotBefore() {
        String username = run + "b";
        Api operator = QueueIT.operator(admin, username);
        long source = QueueIT.activeCampaign(admin, supervisor, "Fonte " + run, 2, "SHARED", username);
        long target = emptyCampaign("Rinnovi " + run, null, username, true);
        LocalDate today = LocalDate.now(ROME);

        JsonNode first = taken(operator);
        Api.Reply tomorrow = contract(operator, first.get("entryId").asLong(),
                "{\"campaignId\":" + target + ",\"dueOn\":\"" + today.plusDays(1) + "\",\"note\":\"rinnovo fra un anno\"}");
        assertEquals(200, tomorrow.status(), tomorrow.body());
        assertTrue(tomorrow.json().get("promiseId").asLong() > 0, tomorrow.body());
        JsonNode second = taken(operator);
        assertEquals(source, second.get("campaignId").asLong());
        Api.Reply past = contract(operator, second.get("entryId").asLong(),
                "{\"campaignId\":" + target + ",\"dueOn\":\"" + today.minusDays(1) + "\"}");
        assertEquals(422, past.status(), past.body());
        assertEquals("PROMISE_DATE_PAST", past.json().get("errors").get(0).get("code").asText());
        assertEquals(200, contract(operator, second.get("entryId").asLong(),
                "{\"campaignId\":" + target + ",\"dueOn\":\"" + today + "\"}").status());

        // the one due today comes, from the other campaign; the one due tomorrow does not
        JsonNode due = taken(operator);
        assertEquals(target, due.get("campaignId").asLong());
        assertEquals(second.get("party").get("id").asLong(), due.get("party").get("id").asLong());
        assertEquals(200, operator.post("/queue/entries/" + due.get("entryId").asLong() + "/outcome", "{\"outcome\":\"NO_ANSWER\"}").status());
        assertEquals("NOTHING_DUE", reason(operator));
        long firstParty = first.get("party").get("id").asLong();
        assertEquals(List.of(List.of(today.plusDays(1) + " 00:00", "OPEN")), TestUsers.query("SELECT to_char(due_at AT TIME ZONE"
                + " 'Europe/Rome', 'YYYY-MM-DD HH24:MI'), state FROM campaign_entry WHERE campaign_id = ? AND party_id = ?", target, firstParty),
                "due from the start of the promised day, in Italy");
        assertEquals(2L, supervisor.get("/campaigns/" + target).json().get("entries").asLong());

        // its day comes (the clock moved by a day): now it is given
        TestUsers.query("UPDATE campaign_entry SET due_at = due_at - interval '1 day' WHERE campaign_id = ? AND party_id = ? RETURNING id",
                target, firstParty);
        JsonNode promised = taken(operator);
        assertEquals(target, promised.get("campaignId").asLong());
        assertEquals(firstParty, promised.get("party").get("id").asLong());

        List<String> promises = new ArrayList<>();
        for (JsonNode event : supervisor.get("/parties/" + firstParty + "/timeline").json()) {
            if (event.get("text").asText().startsWith("Promessa")) {
                promises.add(event.get("kind").asText() + " " + event.get("text").asText());
            }
        }
        assertEquals(List.of("CAMPAIGN Promessa di contatto: campagna \u00abRinnovi " + run + "\u00bb dal "
                + today.plusDays(1).format(DAY) + ". Nota: rinnovo fra un anno"), promises);
    }

    @Test
    void aDuePromiseIsNotGivenWithoutTheTargetsConsentNorToANumberOnTheList() {
        String username = run + "c";
        Api operator = QueueIT.operator(admin, username);
        QueueIT.activeCampaign(admin, supervisor, "Consenso " + run, 2, "SHARED", username);
        long target = emptyCampaign("Marketing " + run, "MARKETING", username, false);
        String today = LocalDate.now(ROME).toString();

        JsonNode first = taken(operator);
        assertEquals(200, contract(operator, first.get("entryId").asLong(), "{\"campaignId\":" + target + ",\"dueOn\":\"" + today + "\"}").status());
        JsonNode second = taken(operator);
        assertTrue(second.get("party").get("id").asLong() != first.get("party").get("id").asLong(), "the draft target gives nothing yet");
        assertEquals(200, contract(operator, second.get("entryId").asLong(), "{\"campaignId\":" + target + ",\"dueOn\":\"" + today + "\"}").status());

        // the first withdraws the marketing consent, the second's number goes on the do-not-call list: neither is given
        long firstParty = first.get("party").get("id").asLong();
        ObjectNode party = (ObjectNode) supervisor.get("/parties/" + firstParty).json();
        ((ObjectNode) party.get("consents")).put("marketing", false);
        Api.Reply withdrawn = supervisor.put("/parties/" + firstParty, party.toString());
        assertEquals(200, withdrawn.status(), withdrawn.body());
        Api.Reply barred = supervisor.post("/dnc", "{\"number\":\"" + second.get("phone").asText() + "\",\"source\":\"INTERNAL\"}");
        assertEquals(201, barred.status(), barred.body());
        assertEquals(200, supervisor.put("/campaigns/" + target + "/state", "{\"state\":\"ACTIVE\"}").status());
        long secondParty = second.get("party").get("id").asLong();
        List<List<Object>> due = TestUsers.query("SELECT party_id, state, coalesce(last_outcome, '-'), due_at <= now() FROM campaign_entry"
                + " WHERE campaign_id = ? ORDER BY party_id = ? DESC", target, firstParty);
        assertEquals(List.of(List.of(firstParty, "OPEN", "-", true), List.of(secondParty, "DONE", "DO_NOT_CALL", true)), due,
                "both due now; the number put on the list closes its waiting entry (BarredNumbers)");
        assertEquals("NOTHING_DUE", reason(operator));

        // the consent given again: the first is given, from the target campaign
        ObjectNode again = (ObjectNode) supervisor.get("/parties/" + firstParty).json();
        ((ObjectNode) again.get("consents")).put("marketing", true);
        assertEquals(200, supervisor.put("/parties/" + firstParty, again.toString()).status());
        JsonNode given = taken(operator);
        assertEquals(target, given.get("campaignId").asLong());
        assertEquals(firstParty, given.get("party").get("id").asLong());
        assertEquals(200, operator.post("/queue/entries/" + given.get("entryId").asLong() + "/outcome", "{\"outcome\":\"NO_ANSWER\"}").status());
        assertEquals("NOTHING_DUE", reason(operator));
    }

    @Test
    void aCampaignsRulePromisesByItselfUnlessTheOperatorTakesItAway() {
        String username = run + "d";
        Api operator = QueueIT.operator(admin, username);
        long source = QueueIT.activeCampaign(admin, supervisor, "Regola " + run, 2, "SHARED", username);
        long target = CampaignFixture.create(supervisor, "Regola rinnovi " + run);

        Api.Reply itself = supervisor.put("/campaigns/" + source + "/promise-rule", "{\"targetCampaignId\":" + source + ",\"months\":9}");
        assertEquals(422, itself.status(), itself.body());
        assertEquals("PROMISE_SAME_CAMPAIGN", itself.json().get("errors").get(0).get("code").asText());
        assertEquals(403, operator.put("/campaigns/" + source + "/promise-rule", "{\"targetCampaignId\":" + target + ",\"months\":9}").status());
        Api.Reply rule = supervisor.put("/campaigns/" + source + "/promise-rule", "{\"targetCampaignId\":" + target + ",\"months\":9}");
        assertEquals(200, rule.status(), rule.body());
        assertEquals("{\"months\":9,\"targetCampaignId\":" + target + "}", supervisor.get("/campaigns/" + source + "/promise-rule").body());

        JsonNode first = taken(operator);
        Api.Reply byRule = operator.post("/queue/entries/" + first.get("entryId").asLong() + "/outcome",
                "{\"outcome\":\"CONTRACT\",\"contract\":" + CONTRACT + "}");
        assertEquals(200, byRule.status(), byRule.body());
        JsonNode second = taken(operator);
        Api.Reply takenAway = contract(operator, second.get("entryId").asLong(), "{\"campaignId\":null}");
        assertEquals(200, takenAway.status(), takenAway.body());
        assertTrue(takenAway.json().get("promiseId").isNull(), takenAway.body());

        List<List<Object>> promises = TestUsers.query("SELECT p.party_id, p.due_on, p.from_campaign_id, e.state FROM contact_promise p"
                + " JOIN campaign_entry e ON e.id = p.target_entry_id WHERE p.target_campaign_id = ?", target);
        assertEquals(List.of(List.of(first.get("party").get("id").asLong(), java.sql.Date.valueOf(LocalDate.now(ROME).plusMonths(9)), source, "OPEN")),
                promises);
    }

    /** A campaign without entries, calling at any hour, assigned to the operator; active or left in draft (it dispatches nothing). */
    private long emptyCampaign(String name, String consent, String operator, boolean active) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        if (consent != null) {
            body.put("requiredConsent", consent);
        }
        Api.Reply created = supervisor.post("/campaigns", body.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        QueueIT.allDayWindows(admin, id);
        assertEquals(200, supervisor.post("/campaigns/" + id + "/assignments",
                "{\"mode\":\"SHARED\",\"operators\":[\"" + operator + "\"]}").status());
        if (active) {
            assertEquals(200, supervisor.put("/campaigns/" + id + "/state", "{\"state\":\"ACTIVE\"}").status());
        }
        return id;
    }

    private static Api.Reply contract(Api operator, long entry, String promise) {
        return operator.post("/queue/entries/" + entry + "/outcome", "{\"outcome\":\"CONTRACT\",\"contract\":" + CONTRACT + ",\"promise\":"
                + promise + "}");
    }

    static JsonNode taken(Api operator) {
        HttpResponse<String> next = operator.raw("POST", "/queue/next", "application/json", "");
        assertEquals(200, next.statusCode(), next.body() + " " + next.headers().map());
        try {
            return JSON.readTree(next.body());
        } catch (IOException e) {
            throw new AssertionError(next.body(), e);
        }
    }

    private static String reason(Api operator) {
        HttpResponse<String> next = operator.raw("POST", "/queue/next", "application/json", "");
        assertEquals(204, next.statusCode(), next.body());
        return next.headers().firstValue("X-Queue-Reason").orElse(null);
    }

    private static List<String> codes(JsonNode questions) {
        return StreamSupport.stream(questions.spliterator(), false).map(q -> q.get("code").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
