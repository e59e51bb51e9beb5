package it.callcenter.pbx;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client the server uses (Asterisk-Java 3.41.0) against the simulator: it logs in with the MD5 challenge, takes
 * the simulator for an Asterisk 22, reads every event as its own class, correlates the OriginateResponse by our
 * ActionID, lists channels, pauses a queue member, and reconnects by itself after a dropped connection.
 */
class AsteriskJavaClientTest {

    private PbxSimulator pbx;
    private ManagerConnection connection;
    private final List<ManagerEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        pbx = PbxSimulator.start(0, SimulatorSettings.defaults().withOperatorAnswerDelay(Duration.ofMillis(20)));
        connection = new ManagerConnectionFactory("127.0.0.1", pbx.port(), "callcenter", "callcenter-demo")
                .createManagerConnection();
        connection.addEventListener(events::add);
        connection.login();
    }

    @AfterEach
    void close() {
        connection.logoff();
        pbx.close();
    }

    private <T extends ManagerEvent> List<T> of(Class<T> type) {
        return events.stream().filter(e -> e.getClass() == type).map(type::cast).toList();
    }

    @Test
    void logsInAndKnowsItForAnAsterisk22() {
        assertEquals(ManagerConnectionState.CONNECTED, connection.getState());
        assertEquals("Asterisk Call Manager/11.0.0", connection.getProtocolIdentifier());
        assertTrue(connection.getVersion().toString().contains("22"), connection.getVersion().toString());
    }

    @Test
    void anAnsweredCallComesAsTypedEventsTiedByOurActionIdAndVariable() throws Exception {
        pbx.behaviour("3331230001", Behaviour.answer(Duration.ofMillis(50), Duration.ofMillis(100)));
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/201@agents");
        originate.setContext("customers");
        originate.setExten("3331230001");
        originate.setPriority(1);
        originate.setTimeout(15_000L);
        originate.setAsync(true);
        originate.setActionId("call-77");
        originate.setVariable("CALLCENTER_CALL", "77");
        ManagerResponse queued = connection.sendAction(originate);
        assertEquals("Success", queued.getResponse());

        await().atMost(Duration.ofSeconds(5)).until(() -> of(HangupEvent.class).size() == 4);
        OriginateResponseEvent response = of(OriginateResponseEvent.class).get(0);
        assertEquals("call-77", response.getActionId());
        assertTrue(response.isSuccess());
        assertEquals(4, response.getReason());
        VarSetEvent tagged = of(VarSetEvent.class).stream().filter(v -> "CALLCENTER_CALL".equals(v.getVariable()))
                .findFirst().orElseThrow();
        assertEquals("77", tagged.getValue());
        assertEquals(response.getUniqueId(), tagged.getLinkedId());
        List<DialBeginEvent> dials = of(DialBeginEvent.class);
        assertEquals(2, dials.size());
        assertNull(dials.get(0).getChannel(), "the operator's leg is dialled with no source channel");
        assertTrue(dials.get(1).getDestChannel().startsWith("Local/3331230001@pstn-"));
        assertEquals("ANSWER", of(DialEndEvent.class).get(1).getDialStatus());
        assertTrue(of(HangupEvent.class).stream().allMatch(h -> h.getCause() == 16));
        assertTrue(of(HangupEvent.class).stream().allMatch(h -> response.getUniqueId().equals(h.getLinkedId())));
    }

    @Test
    void coreShowChannelsAndQueuePauseAnswerAsTheLibraryExpects() throws Exception {
        pbx.behaviour("3331230002", Behaviour.answer(Duration.ZERO, Duration.ofMinutes(1)));
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/202@agents");
        originate.setContext("customers");
        originate.setExten("3331230002");
        originate.setPriority(1);
        originate.setAsync(true);
        connection.sendAction(originate);
        await().atMost(Duration.ofSeconds(5)).until(() -> events.stream().anyMatch(e -> e.getClass().getSimpleName().equals("BridgeEnterEvent")));

        ResponseEvents listed = connection.sendEventGeneratingAction(new CoreShowChannelsAction());
        List<CoreShowChannelEvent> channels = listed.getEvents().stream().filter(CoreShowChannelEvent.class::isInstance)
                .map(CoreShowChannelEvent.class::cast).toList();
        assertEquals(4, channels.size());
        assertEquals(1, channels.stream().map(CoreShowChannelEvent::getLinkedid).distinct().count());

        ManagerResponse paused = connection.sendAction(new QueuePauseAction("Local/202@agents", "operators", true));
        assertEquals("Success", paused.getResponse());
        await().atMost(Duration.ofSeconds(5)).until(() -> !of(QueueMemberPauseEvent.class).isEmpty());
        assertEquals(Boolean.TRUE, of(QueueMemberPauseEvent.class).get(0).getPaused());
    }

    @Test
    void reconnectsByItselfAfterADroppedConnection() {
        pbx.dropConnections();
        await().atMost(Duration.ofSeconds(5)).until(() -> !of(DisconnectEvent.class).isEmpty());
        await().atMost(Duration.ofSeconds(5)).until(() -> connection.getState() == ManagerConnectionState.CONNECTED
                && !of(ConnectEvent.class).isEmpty());
    }
}
