package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.callcenter.pbx.Behaviour;
import it.callcenter.pbx.DemoPbx;
import it.callcenter.pbx.PbxSimulator;
import it.callcenter.pbx.SimulatorSettings;
import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production default: operators' phones are PJSIP endpoints ({@code PJSIP/{extension}}, one channel each, no
 * Local halves) and customers are dialled on a PJSIP trunk ({@code PJSIP/trunk-…}, which looks like a phone to the
 * pattern). A server of its own (demo mode: operator1 … operator5 with extensions 201 … 205) on a simulator set up so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelephonyPjsipIT {

    private static final int OFFSET = TestServer.PORT_OFFSET + 200;
    private PbxSimulator pbx;
    private LocalServer server;
    private Api supervisor;
    private Api operator1;

    @BeforeAll
    void start() {
        Path home = TestServer.copyOfTheServer("pjsip-server");
        Path data = Path.of(System.getProperty("callcenter.it.work", "target/it-work")).resolve("pjsip-postgres");
        TestServer.deleteTree(data);
        pbx = PbxSimulator.start(5038 + OFFSET, SimulatorSettings.defaults().withOperatorChannel("PJSIP/{extension}")
                .withTrunk("trunk").withOperatorAnswerDelay(Duration.ofMillis(200)));
        Map<String, String> properties = new LinkedHashMap<>(DemoPbx.serverSettings(pbx));
        properties.put("callcenter.telephony.service-call-windows", TestServer.ANY_HOUR);
        try {
            server = LocalServer.start(home, Path.of(System.getProperty("callcenter.ear")), data, LocalDatabase.freePort(),
                    OFFSET, "demo", properties).closeAlso(pbx);
        } catch (RuntimeException e) {
            pbx.close();
            throw e;
        }
        supervisor = Api.as("supervisor", "demo").at(server.baseUrl());
        operator1 = Api.as("operator1", "demo").at(server.baseUrl());
        await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(Api.anonymous().at(server.baseUrl())
                .get("/health").json().get("telephony").asText()));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private long party(String lastName, String mobile) {
        ObjectNode person = PartiesIT.person("Pjsip", lastName, mobile);
        Api.Reply created = supervisor.post("/parties", person.toString());
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    private JsonNode ended(Api operator, long id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = operator.get("/calls/" + id).json();
            return last[0].get("state").asText().matches("HUNG_UP|FAILED");
        });
        return last[0];
    }

    @Test
    void answeredAndBusyCallsOnPjsipPhonesAndATrunk() {
        String answered = "+393471234501";
        String busy = "+393471234502";
        long rossi = party("Risposta", answered);
        long bianchi = party("Occupato", busy);
        pbx.behaviour(answered, Behaviour.answer(Duration.ofMillis(300), Duration.ofMillis(1200)));
        pbx.behaviour(busy, Behaviour.busy());

        Api.Reply first = operator1.post("/calls", "{\"partyId\":" + rossi + ",\"number\":\"" + answered + "\"}");
        assertEquals(201, first.status(), first.body());
        JsonNode call = ended(operator1, first.json().get("callId").asLong());
        assertEquals("HUNG_UP", call.get("state").asText());
        assertEquals("ANSWERED", call.get("disposition").asText());
        assertTrue(call.get("ringingAt").isTextual(), "the trunk's channel was taken for the customer's, not for a phone");
        assertEquals("PJSIP/201", pbx.originates().get(pbx.originates().size() - 1).get("Channel"));

        Api.Reply second = operator1.post("/calls", "{\"partyId\":" + bianchi + ",\"number\":\"" + busy + "\"}");
        assertEquals(201, second.status(), second.body());
        long id = second.json().get("callId").asLong();
        JsonNode busyCall = ended(operator1, id);
        assertEquals("BUSY", busyCall.get("disposition").asText());
        await().atMost(Duration.ofSeconds(5)).until(() -> operator1.get("/calls/" + id).json().get("hangupCause").asInt() == 17);
    }

    @Test
    void aCallFromTheTrunkRingsAPjsipPhoneAndFindsItsParty() {
        String mobile = "+393471234503";
        long verdi = party("Entrante", mobile);
        pbx.inbound(mobile.substring(3), "202", Duration.ofMillis(200), Duration.ofMillis(800));
        JsonNode[] logged = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode log = supervisor.get("/parties/" + verdi + "/calls").json();
            logged[0] = log.size() == 0 ? null : log.get(0);
            return logged[0] != null && "HUNG_UP".equals(logged[0].get("state").asText());
        });
        assertEquals("INBOUND", logged[0].get("direction").asText());
        assertEquals("operator2", logged[0].get("operator").asText());
        assertEquals("ANSWERED", logged[0].get("disposition").asText());
    }
}
