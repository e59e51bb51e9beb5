package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.callcenter.pbx.AmiMessage;
import it.callcenter.pbx.Behaviour;
import it.callcenter.pbx.PbxSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls through the API against the test server's PBX simulator, over real TCP and Asterisk-Java: each way a call
 * ends (answered, busy, no answer, congestion, the operator's phone busy or not answered, refused), the compliance
 * refusals before any Originate, hang-up, transfer, inbound calls matched to their party, pauses, and twenty operators
 * dialling at once. Each test has operators (extensions 61xx) and parties of its own.
 */
@ExtendWith(TestServer.class)
class TelephonyIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "Prova-Telefono-2026";
    private static final AtomicInteger EXTENSIONS = new AtomicInteger(6100);

    private final Api supervisor = Api.as("supervisor", "demo");
    private final Api admin = Api.as("admin", "demo");
    private final PbxSimulator pbx = TestServer.pbx();
    private final String run = "tel" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** An operator of this test with a phone; answers its client and its extension. */
    record Operator(String username, String extension, Api api) {
        String phone() {
            return "Local/" + extension + "@agents";
        }
    }

    /** A party of this test with one mobile. */
    record Party(long id, String e164) {
        String national() {
            return e164.substring(3);
        }
    }

    @BeforeEach
    void pbxUp() {
        awaitTelephony("UP", Duration.ofSeconds(15));
    }

    static void awaitTelephony(String state, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(50))
                .until(() -> state.equals(Api.anonymous().get("/health").json().get("telephony").asText()));
    }

    Operator operator(String name) {
        String username = run + name;
        String extension = String.valueOf(EXTENSIONS.incrementAndGet());
        TestUsers.create(username, PASSWORD, "OPERATOR");
        TestUsers.extension(username, extension);
        return new Operator(username, extension, Api.as(username, PASSWORD));
    }

    Party party(String lastName) {
        String mobile = PartiesIT.newMobile();
        ObjectNode person = PartiesIT.person("Telefono", lastName, mobile);
        Api.Reply created = supervisor.post("/parties", person.toString());
        assertEquals(201, created.status(), created.body());
        return new Party(created.json().get("id").asLong(), "+39" + mobile.replace(" ", ""));
    }

    static Api.Reply dial(Operator operator, Party party) {
        return operator.api().post("/calls", JSON.createObjectNode().put("partyId", party.id())
                .put("number", party.e164()).toString());
    }

    static long dialled(Operator operator, Party party) {
        Api.Reply reply = dial(operator, party);
        assertEquals(201, reply.status(), reply.body());
        assertEquals("DIALING", reply.json().get("state").asText(), reply.body());
        return reply.json().get("callId").asLong();
    }

    static JsonNode call(Operator operator, long callId) {
        Api.Reply reply = operator.api().get("/calls/" + callId);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Polls the call until it is over; answers it, with the states seen on the way in {@code seen}. */
    static JsonNode ended(Operator operator, long callId, List<String> seen, Duration within) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(within).pollInterval(Duration.ofMillis(25)).until(() -> {
            last[0] = call(operator, callId);
            String state = last[0].get("state").asText();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
                seen.add(state);
            }
            return state.equals("HUNG_UP") || state.equals("FAILED");
        });
        return last[0];
    }

    static JsonNode ended(Operator operator, long callId) {
        return ended(operator, callId, new ArrayList<>(), Duration.ofSeconds(20));
    }

    JsonNode boardRow(String username) {
        for (JsonNode row : supervisor.get("/operators/board").json()) {
            if (username.equals(row.get("username").asText())) {
                return row;
            }
        }
        throw new AssertionError("not on the board: " + username);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
    }

    @Test
    void anAnsweredCallRingsTheOperatorThenTheCustomerAndEndsHungUpWithItsTalkTime() {
        Operator anna = operator("anna");
        Party rossi = party("Rossi");
        pbx.behaviour(rossi.e164(), Behaviour.answer(Duration.ofMillis(600), Duration.ofMillis(2300)));

        long id = dialled(anna, rossi);
        List<String> seen = new ArrayList<>(List.of("DIALING"));
        await().atMost(Duration.ofSeconds(5)).until(() -> "IN_CALL".equals(boardRow(anna.username()).get("state").asText()));
        JsonNode call = ended(anna, id, seen, Duration.ofSeconds(20));

        assertEquals(List.of("DIALING", "RINGING", "ANSWERED", "HUNG_UP"), seen);
        assertEquals("ANSWERED", text(call, "disposition"));
        assertEquals("OUTBOUND", text(call, "direction"));
        assertEquals(16, call.get("hangupCause").asInt());
        long talk = call.get("durationSeconds").asLong();
        assertTrue(talk >= 2 && talk <= 3, "talk time about 2.3 s: " + talk);
        assertNotNull(text(call, "answeredAt"));
        assertTrue(text(call, "recording").endsWith(".wav"), call.toString());
        assertEquals(rossi.id(), call.get("partyId").asLong());

        AmiMessage originate = pbx.originates().stream().filter(o -> ("call-" + id).equals(o.get("ActionID").replaceAll("^.*#", "")))
                .findFirst().orElseThrow();
        assertEquals(anna.phone(), originate.get("Channel"), "the operator's phone is rung first");
        assertEquals("customers", originate.get("Context"));
        assertEquals(rossi.national(), originate.get("Exten"), "then the customer's number, dialled nationally");
        assertTrue(originate.all("Variable").contains("CALLCENTER_CALL=" + id), originate.toString());
        assertEquals("true", originate.get("Async"));

        await().atMost(Duration.ofSeconds(5)).until(() -> "IDLE".equals(boardRow(anna.username()).get("state").asText()));
        JsonNode log = supervisor.get("/parties/" + rossi.id() + "/calls").json();
        assertEquals(id, log.get(0).get("callId").asLong(), "the call log on the party card");
    }

    @Test
    void aBusyCustomerEndsHungUpBusyWithTheCauseOfTheCustomersLine() {
        Operator bruno = operator("bruno");
        Party party = party("Occupato");
        pbx.behaviour(party.e164(), Behaviour.busy());
        JsonNode call = ended(bruno, dialled(bruno, party));
        assertEquals("HUNG_UP", text(call, "state"));
        assertEquals("BUSY", text(call, "disposition"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call(bruno, call.get("callId").asLong()).get("hangupCause").asInt() == 17);
        assertEquals(0, call.get("durationSeconds").asLong());
        assertTrue(call.get("answeredAt").isNull());
    }

    @Test
    void aCustomerWhoDoesNotAnswer() {
        Operator carla = operator("carla");
        Party party = party("Assente");
        pbx.behaviour(party.e164(), Behaviour.noAnswer(Duration.ofMillis(1500)));
        List<String> seen = new ArrayList<>(List.of("DIALING"));
        JsonNode call = ended(carla, dialled(carla, party), seen, Duration.ofSeconds(20));
        assertEquals(List.of("DIALING", "RINGING", "HUNG_UP"), seen);
        assertEquals("NO_ANSWER", text(call, "disposition"));
        assertEquals(0, call.get("durationSeconds").asLong());
    }

    @Test
    void aCongestedNetwork() {
        Operator dario = operator("dario");
        Party party = party("Congestione");
        pbx.behaviour(party.e164(), Behaviour.congestion());
        long id = dialled(dario, party);
        JsonNode call = ended(dario, id);
        assertEquals("HUNG_UP", text(call, "state"));
        assertEquals("CONGESTION", text(call, "disposition"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call(dario, id).get("hangupCause").asInt() == 34);
    }

    @Test
    void theOperatorsOwnPhoneBusyFailsTheCallBeforeTheCustomerIsDialled() {
        Operator elena = operator("elena");
        Party party = party("OperatoreOccupato");
        pbx.behaviour(party.e164(), Behaviour.operatorBusy());
        long id = dialled(elena, party);
        List<String> seen = new ArrayList<>(List.of("DIALING"));
        JsonNode call = ended(elena, id, seen, Duration.ofSeconds(10));
        assertEquals(List.of("DIALING", "FAILED"), seen);
        assertEquals("OPERATOR_BUSY", text(call, "disposition"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call(elena, id).get("hangupCause").asInt() == 17);
        await().atMost(Duration.ofSeconds(5)).until(() -> "IDLE".equals(boardRow(elena.username()).get("state").asText()));
    }

    @Test
    void theOperatorNotAnsweringFailsAtTheOriginateTimeout() {
        Operator fabio = operator("fabio");
        Party party = party("OperatoreAssente");
        pbx.behaviour(party.e164(), Behaviour.operatorNoAnswer());
        long started = System.nanoTime();
        JsonNode call = ended(fabio, dialled(fabio, party));
        assertEquals("FAILED", text(call, "state"));
        assertEquals("OPERATOR_NO_ANSWER", text(call, "disposition"));
        assertTrue(System.nanoTime() - started >= Duration.ofSeconds(4).toNanos(), "the test server's originate timeout is 5 s");
    }

    @Test
    void aPhoneThePbxCannotReachFailsTheCall() {
        Operator gino = operator("gino");
        Party party = party("Irraggiungibile");
        pbx.behaviour(party.e164(), Behaviour.failure());
        JsonNode call = ended(gino, dialled(gino, party));
        assertEquals("FAILED", text(call, "state"));
        assertEquals("FAILED", text(call, "disposition"));
    }

    @Test
    void aDoNotCallNumberIsRefusedBeforeAnyOriginate() {
        Operator ivo = operator("ivo");
        Party party = party("NonChiamare");
        Api.Reply barred = supervisor.post("/dnc", JSON.createObjectNode().put("number", party.e164())
                .put("source", "INTERNAL").toString());
        assertEquals(201, barred.status(), barred.body());
        int originatesBefore = pbx.originates().size();

        Api.Reply refused = dial(ivo, party);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("DO_NOT_CALL", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(originatesBefore, pbx.originates().size());
        assertTrue(pbx.originates().stream().noneMatch(o -> party.national().equals(o.get("Exten"))),
                "the PBX never heard of the number");
        assertFalse("IN_CALL".equals(boardRow(ivo.username()).get("state").asText()));
    }

    @Test
    void onlyThePartysOwnPhonesAndOnlyByAnOperatorWithAPhone() {
        Operator lia = operator("lia");
        Party party = party("AltroNumero");
        Api.Reply other = lia.api().post("/calls", JSON.createObjectNode().put("partyId", party.id())
                .put("number", "+39 333 999 0000").toString());
        assertEquals(422, other.status(), other.body());
        assertEquals("NUMBER_NOT_OF_PARTY", other.json().get("errors").get(0).get("code").asText());

        String username = run + "senzainterno";
        TestUsers.create(username, PASSWORD, "OPERATOR");
        Api.Reply noPhone = Api.as(username, PASSWORD).post("/calls", JSON.createObjectNode().put("partyId", party.id())
                .put("number", party.e164()).toString());
        assertEquals(422, noPhone.status(), noPhone.body());
        assertEquals("NO_EXTENSION", noPhone.json().get("errors").get(0).get("code").asText());

        assertEquals(403, supervisor.post("/calls", JSON.createObjectNode().put("partyId", party.id())
                .put("number", party.e164()).toString()).status(), "dialling is an operator's");
    }

    @Test
    void anOperatorHangsUpAnAnsweredCall() {
        Operator mara = operator("mara");
        Party party = party("Riattacca");
        pbx.behaviour(party.e164(), Behaviour.answer(Duration.ZERO, Duration.ofMinutes(5)));
        long id = dialled(mara, party);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ANSWERED".equals(call(mara, id).get("state").asText()));
        assertEquals(409, dial(mara, party).status(), "one call at a time");
        assertEquals(id, mara.api().get("/calls/current").json().get("callId").asLong());

        Api.Reply hangup = mara.api().post("/calls/" + id + "/hangup", "");
        assertEquals(200, hangup.status(), hangup.body());
        JsonNode call = ended(mara, id);
        assertEquals("HUNG_UP", text(call, "state"));
        assertEquals("ANSWERED", text(call, "disposition"));
        assertEquals(409, mara.api().post("/calls/" + id + "/hangup", "").status(), "over already");
        assertEquals(404, operator("nino").api().get("/calls/" + id).status(), "another operator's call");
        assertEquals(200, supervisor.get("/calls/" + id).status(), "a supervisor sees every call");
    }

    @Test
    void aBlindTransferHandsTheCustomerToAnotherOperatorWhoseCardPopsTheSameParty() {
        Operator olga = operator("olga");
        Operator piero = operator("piero");
        Party party = party("Trasferito");
        pbx.behaviour(party.e164(), Behaviour.answer(Duration.ZERO, Duration.ofSeconds(4)));
        long id = dialled(olga, party);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ANSWERED".equals(call(olga, id).get("state").asText()));

        Api.Reply transfer = olga.api().post("/calls/" + id + "/transfer",
                JSON.createObjectNode().put("to", piero.extension()).toString());
        assertEquals(200, transfer.status(), transfer.body());
        JsonNode first = ended(olga, id);
        assertEquals("HUNG_UP", text(first, "state"));
        assertEquals(piero.extension(), text(first, "transferredTo"));

        JsonNode[] handed = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Api.Reply current = piero.api().get("/calls/current");
            handed[0] = current.status() == 200 ? current.json() : handed[0];
            return handed[0] != null && "ANSWERED".equals(text(handed[0], "state"));
        });
        assertEquals("INBOUND", text(handed[0], "direction"));
        assertEquals(party.id(), handed[0].get("partyId").asLong());
        assertEquals(party.e164(), text(handed[0], "number"));
        JsonNode second = ended(piero, handed[0].get("callId").asLong());
        assertEquals("ANSWERED", text(second, "disposition"));
        Api.Reply nowhere = olga.api().post("/calls/" + id + "/transfer", JSON.createObjectNode().put("to", "x").toString());
        assertEquals(409, nowhere.status(), nowhere.body());
    }

    @Test
    void anInboundCallMakesAnInboundRecordWithThePartyWhoseNumberMatchesInE164() {
        Operator rita = operator("rita");
        Party party = party("Chiamante");
        PbxSimulator.Inbound ringing = pbx.inbound(party.national(), rita.extension(), Duration.ofMillis(500),
                Duration.ofMillis(1500));
        assertNotNull(ringing.linkedid());
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode log = supervisor.get("/parties/" + party.id() + "/calls").json();
            seen[0] = log.size() > 0 ? log.get(0) : null;
            return seen[0] != null;
        });
        assertEquals("INBOUND", text(seen[0], "direction"));
        assertEquals(rita.username(), text(seen[0], "operator"));
        assertEquals(party.e164(), text(seen[0], "number"), "the caller id as the trunk gave it, in E.164");
        JsonNode call = ended(rita, seen[0].get("callId").asLong());
        assertEquals("ANSWERED", text(call, "disposition"));
        assertTrue(call.get("durationSeconds").asLong() >= 1);

        // a number nobody has: no party, the number kept for the quick-create form
        pbx.inbound("0612345600", rita.extension(), null, Duration.ZERO).abandon();
        await().atMost(Duration.ofSeconds(10)).until(() -> unknownCallerCalls(rita.username()) == 1);
    }

    private static int unknownCallerCalls(String operator) throws Exception {
        var settings = TestServer.server().database().settings();
        try (Connection db = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM call WHERE operator = ? AND direction = 'INBOUND'"
                     + " AND party_id IS NULL AND number = '+390612345600' AND state = 'HUNG_UP' AND disposition = 'ABANDONED'")) {
            query.setString(1, operator);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aPauseShowsOnTheBoardPausesThePhoneInTheQueueAndStopsDialling() {
        Operator sara = operator("sara");
        Party party = party("InPausa");
        Api.Reply wrong = sara.api().post("/operators/me/pause", "{\"reason\":\"SIESTA\"}");
        assertEquals(422, wrong.status(), wrong.body());

        Api.Reply paused = sara.api().post("/operators/me/pause", "{\"reason\":\"LUNCH\"}");
        assertEquals(200, paused.status(), paused.body());
        assertTrue(paused.json().get("queuePaused").asBoolean(), paused.body());
        assertTrue(pbx.isPaused(sara.phone()));
        JsonNode row = boardRow(sara.username());
        assertEquals("PAUSED", row.get("state").asText());
        assertEquals("LUNCH", row.get("pauseReason").asText());
        assertEquals("PAUSED", sara.api().raw("POST", "/queue/next", "application/json", "").headers()
                .firstValue("X-Queue-Reason").orElse(""));
        Api.Reply refused = dial(sara, party);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("OPERATOR_PAUSED", refused.json().get("errors").get(0).get("code").asText());

        assertEquals(204, sara.api().delete("/operators/me/pause").status());
        assertFalse(pbx.isPaused(sara.phone()));
        await().atMost(Duration.ofSeconds(5)).until(() -> "IDLE".equals(boardRow(sara.username()).get("state").asText()));
    }

    @Test
    void anEntrysCallIsCheckedAgainstItsCampaignsRuleAtTheMomentOfDialling() {
        Operator tina = operator("tina");
        String name = "Telefonia " + run;
        String mobile = PartiesIT.newMobile();
        ObjectNode person = PartiesIT.person("Prova", "Campagna", mobile);
        person.withArray("interests").add(name);
        Api.Reply made = supervisor.post("/parties", person.toString());
        assertEquals(201, made.status(), made.body());
        long partyId = made.json().get("id").asLong();
        Api.Reply created = supervisor.post("/campaigns", JSON.createObjectNode().put("name", name)
                .put("requiredConsent", "MARKETING").toString());
        assertEquals(201, created.status(), created.body());
        long campaign = created.json().get("id").asLong();
        assertEquals(1, CampaignFixture.fill(supervisor, campaign, name));
        QueueIT.allDayWindows(admin, campaign);
        ObjectNode assignment = JSON.createObjectNode().put("mode", "SPLIT");
        assignment.putArray("operators").add(tina.username());
        assertEquals(200, supervisor.post("/campaigns/" + campaign + "/assignments", assignment.toString()).status());
        assertEquals(200, supervisor.put("/campaigns/" + campaign + "/state", "{\"state\":\"ACTIVE\"}").status());

        Api.Reply next = tina.api().post("/queue/next", "");
        assertEquals(200, next.status(), next.body());
        long entry = next.json().get("entryId").asLong();
        assertEquals(partyId, next.json().get("party").get("id").asLong());
        pbx.behaviour(next.json().get("phone").asText(), Behaviour.answer(Duration.ZERO, Duration.ofSeconds(1)));

        // the consent withdrawn after the entry was given out: the call is refused, the PBX never asked
        consent(partyId, person, false);
        int before = pbx.originates().size();
        Api.Reply refused = tina.api().post("/calls", "{\"entryId\":" + entry + "}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("NO_CONSENT", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(before, pbx.originates().size());

        consent(partyId, person, true);
        Api.Reply dialled = tina.api().post("/calls", "{\"entryId\":" + entry + "}");
        assertEquals(201, dialled.status(), dialled.body());
        long id = dialled.json().get("callId").asLong();
        assertEquals(entry, dialled.json().get("entryId").asLong());
        assertEquals(campaign, dialled.json().get("campaignId").asLong());
        assertEquals("IN_CALL", boardRow(tina.username()).get("state").asText());
        JsonNode call = ended(tina, id);
        assertEquals("ANSWERED", text(call, "disposition"));
        await().atMost(Duration.ofSeconds(5)).until(() -> "HOLDING".equals(boardRow(tina.username()).get("state").asText()));
        assertEquals(409, operator("ugo").api().post("/calls", "{\"entryId\":" + entry + "}").status(),
                "only the holder dials an entry");
    }

    private void consent(long partyId, ObjectNode person, boolean marketing) {
        ObjectNode edit = person.deepCopy().put("version", supervisor.get("/parties/" + partyId).json().get("version").asLong());
        edit.putObject("consents").put("marketing", marketing);
        Api.Reply saved = supervisor.put("/parties/" + partyId, edit.toString());
        assertEquals(200, saved.status(), saved.body());
    }

    @Test
    void twentyOperatorsDiallingAtOnceKeepTheirEventsApart() throws Exception {
        int count = 20;
        List<Operator> operators = new ArrayList<>();
        List<Party> parties = new ArrayList<>();
        Map<Long, String> expected = new HashMap<>();
        for (int i = 0; i < count; i++) {
            operators.add(operator("venti" + i));
            Party party = party("Venti" + (char) ('A' + i));
            parties.add(party);
            pbx.behaviour(party.e164(), switch (i % 4) {
                case 0 -> Behaviour.answer(Duration.ofMillis(200 + 50L * i), Duration.ofMillis(1000 + 100L * i));
                case 1 -> Behaviour.busy();
                case 2 -> Behaviour.noAnswer(Duration.ofMillis(800 + 50L * i));
                default -> Behaviour.answer(Duration.ofMillis(100), Duration.ofMillis(1500));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> dials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Operator operator = operators.get(i);
            Party party = parties.get(i);
            dials.add(pool.submit(() -> {
                go.await();
                return dialled(operator, party);
            }));
        }
        go.countDown();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = dials.get(i).get();
            ids.add(id);
            expected.put(id, switch (i % 4) {
                case 0, 3 -> "ANSWERED";
                case 1 -> "BUSY";
                default -> "NO_ANSWER";
            });
        }
        pool.shutdown();
        for (int i = 0; i < count; i++) {
            JsonNode call = ended(operators.get(i), ids.get(i), new ArrayList<>(), Duration.ofSeconds(30));
            assertEquals("HUNG_UP", text(call, "state"), call.toString());
            assertEquals(expected.get(ids.get(i)), text(call, "disposition"), call.toString());
            assertEquals(operators.get(i).username(), text(call, "operator"));
            assertEquals(parties.get(i).id(), call.get("partyId").asLong());
            if (i % 4 == 0) {
                long talk = call.get("durationSeconds").asLong();
                long planned = (1000 + 100L * i) / 1000;
                assertTrue(Math.abs(talk - planned) <= 1, "call " + i + " talked " + talk + " s, planned " + planned);
            }
        }
        assertEquals(count, ids.stream().distinct().count());
        for (Operator operator : operators) {
            await().atMost(Duration.ofSeconds(5)).until(() -> "IDLE".equals(boardRow(operator.username()).get("state").asText()));
        }
    }

    @Test
    void anEventHeardTwiceIsAppliedOnce() throws Exception {
        Operator zoe = operator("zoe");
        Party party = party("Doppione");
        pbx.behaviour(party.e164(), Behaviour.answer(Duration.ofMillis(300), Duration.ofMillis(1200)));
        pbx.duplicateEvents(true);
        long id;
        try {
            id = dialled(zoe, party);
            JsonNode call = ended(zoe, id);
            assertEquals("ANSWERED", text(call, "disposition"));
            assertEquals(16, call.get("hangupCause").asInt());
        } finally {
            pbx.duplicateEvents(false);
        }
        var settings = TestServer.server().database().settings();
        try (Connection db = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             PreparedStatement query = db.prepareStatement("SELECT string_agg(state, ',' ORDER BY at) FROM call_state_change"
                     + " WHERE call_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                assertEquals("DIALING,RINGING,ANSWERED,HUNG_UP", rs.getString(1), "each state written once");
            }
        }
        assertEquals(1, supervisor.get("/parties/" + party.id() + "/calls").json().size());
    }
}
