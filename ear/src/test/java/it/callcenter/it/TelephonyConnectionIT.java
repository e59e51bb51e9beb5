package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import it.callcenter.pbx.Behaviour;
import it.callcenter.pbx.PbxSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection to the PBX: it re-opens by itself within 5 s of the PBX being reachable again, {@code /health} says
 * telephony DOWN meanwhile (and dialling answers 503), and calls that ended while nobody listened are reconciled on
 * reconnect: a call answered before a PBX restart, gone after it, ends HUNG_UP (LOST) rather than staying answered.
 */
@ExtendWith(TestServer.class)
class TelephonyConnectionIT {

    private final PbxSimulator pbx = TestServer.pbx();
    private final TelephonyIT calls = new TelephonyIT();

    @Test
    void aDroppedConnectionReopensAtOnce() {
        TelephonyIT.awaitTelephony("UP", Duration.ofSeconds(15));
        pbx.dropConnections();
        long dropped = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> pbx.loggedIn() == 1);
        TelephonyIT.awaitTelephony("UP", Duration.ofSeconds(5));
        assertTrue(System.nanoTime() - dropped < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void anOutageIsDownOnHealthAndUpAgainWithinFiveSecondsOfThePbxReturning() {
        TelephonyIT.awaitTelephony("UP", Duration.ofSeconds(15));
        TelephonyIT.Operator operator = calls.operator("giu");
        TelephonyIT.Party party = calls.party("Guasto");
        Duration down = Duration.ofSeconds(2);
        pbx.outage(down);
        long back = System.nanoTime() + down.toNanos();
        TelephonyIT.awaitTelephony("DOWN", Duration.ofSeconds(2));
        Api.Reply refused = TelephonyIT.dial(operator, party);
        assertEquals(503, refused.status(), refused.body());
        assertEquals("TELEPHONY_DOWN", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(200, Api.anonymous().get("/health").status(), "the application works on without its PBX");

        TelephonyIT.awaitTelephony("UP", Duration.ofSeconds(10));
        long upAfter = System.nanoTime() - back;
        assertTrue(upAfter < Duration.ofSeconds(5).toNanos(), "UP " + upAfter / 1_000_000 + " ms after the PBX returned");
        pbx.behaviour(party.e164(), Behaviour.busy());
        JsonNode call = TelephonyIT.ended(operator, TelephonyIT.dialled(operator, party));
        assertEquals("BUSY", call.get("disposition").asText());
    }

    @Test
    void aCallAnsweredBeforeThePbxRestartedAndGoneAfterItEndsInsteadOfStayingAnswered() {
        TelephonyIT.awaitTelephony("UP", Duration.ofSeconds(15));
        TelephonyIT.Operator operator = calls.operator("res");
        TelephonyIT.Party party = calls.party("Perduto");
        pbx.behaviour(party.e164(), Behaviour.answer(Duration.ZERO, Duration.ofMinutes(10)));
        long id = TelephonyIT.dialled(operator, party);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ANSWERED".equals(TelephonyIT.call(operator, id).get("state").asText()));

        pbx.restart(Duration.ofSeconds(1));
        JsonNode call = TelephonyIT.ended(operator, id, new ArrayList<>(), Duration.ofSeconds(20));
        assertEquals("HUNG_UP", call.get("state").asText());
        assertEquals("LOST", call.get("disposition").asText());
        assertTrue(call.get("hangupCause").isNull(), "how it ended is unknown");
        assertTrue(call.get("durationSeconds").asLong() >= 0);
    }
}
