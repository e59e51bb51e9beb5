package it.callcenter.pbx;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator over a real socket, read line by line: the login, and each call's events in the order
 * AMI-EVENTS.md observed on Asterisk 22.
 */
class PbxSimulatorTest {

    private static final String OPERATOR = "Local/201@agents";
    private PbxSimulator pbx;
    private AmiClient client;

    @BeforeEach
    void start() throws IOException {
        pbx = PbxSimulator.start(0, SimulatorSettings.defaults().withOperatorAnswerDelay(Duration.ofMillis(50))
                .withAuthFailureDelay(Duration.ofMillis(200)));
        client = new AmiClient(pbx.port());
        client.login("callcenter", "callcenter-demo");
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        pbx.close();
    }

    private void originate(String number, String actionId) {
        client.send(new AmiMessage().add("Action", "Originate").add("ActionID", actionId).add("Channel", OPERATOR)
                .add("Context", "customers").add("Exten", number).add("Priority", 1).add("Timeout", 500)
                .add("CallerID", "\"Call center\" <0212345678>").add("Async", "true").add("Variable", "CALLCENTER_CALL=42"));
        AmiMessage queued = client.next(m -> actionId.equals(m.get("ActionID")) && m.has("Response"));
        assertEquals("Success", queued.get("Response"));
        assertEquals("Originate successfully queued", queued.get("Message"));
    }

    /** Event names with the half each names: o1/o2 the operator's, c1/c2 the customer's. */
    private static List<String> described(List<AmiMessage> events) {
        List<String> lines = new ArrayList<>();
        for (AmiMessage e : events) {
            String channel = "OriginateResponse".equals(e.eventName()) ? "" : e.find("Channel").orElse("");
            String dest = e.find("DestChannel").orElse("");
            String line = e.eventName() + role(channel) + (dest.isEmpty() ? "" : ">" + role(dest).strip());
            if (e.has("DialStatus")) {
                line += " " + e.get("DialStatus");
            }
            if (e.has("Cause")) {
                line += " " + e.get("Cause");
            }
            if ("OriginateResponse".equals(e.eventName())) {
                line += " " + e.get("Response") + " " + e.get("Reason");
            }
            lines.add(line);
        }
        return lines;
    }

    private static String role(String channel) {
        if (channel.isEmpty()) {
            return "";
        }
        String who = channel.startsWith(OPERATOR) ? "o" : channel.startsWith("Local/") ? "c" : "t";
        return " " + who + (channel.endsWith(";1") ? "1" : channel.endsWith(";2") ? "2" : "");
    }

    @Test
    void theBannerAndAWrongSecretAsAsteriskAnswersThem() throws IOException {
        assertEquals("Asterisk Call Manager/11.0.0", client.banner);
        try (AmiClient other = new AmiClient(pbx.port())) {
            other.send(new AmiMessage().add("Action", "Login").add("Username", "callcenter").add("Secret", "wrong")
                    .add("ActionID", "x"));
            AmiMessage refused = other.next(m -> "x".equals(m.get("ActionID")));
            assertEquals("Error", refused.get("Response"));
            assertEquals("Authentication failed", refused.get("Message"));
            await().atMost(Duration.ofSeconds(5)).until(other::ended);
        }
    }

    @Test
    void nothingButTheLoginBeforeTheLogin() throws IOException {
        try (AmiClient other = new AmiClient(pbx.port())) {
            other.send(new AmiMessage().add("Action", "Originate").add("ActionID", "o").add("Channel", OPERATOR));
            assertEquals("Authentication Required", other.next(m -> "o".equals(m.get("ActionID"))).get("Message"));
        }
    }

    @Test
    void anAnsweredCallSaysWhatAsteriskSaysInItsOrder() {
        pbx.behaviour("3331234561", Behaviour.answer(Duration.ofMillis(100), Duration.ofMillis(200)));
        originate("3331234561", "7#call-1");
        List<AmiMessage> events = client.eventsUntil(e -> "Hangup".equals(e.eventName()) && e.get("Channel").endsWith(";2")
                && e.get("Channel").startsWith(OPERATOR));
        assertEquals(List.of("Newchannel o1", "Newchannel o2", "VarSet o1", "VarSet o2", "DialBegin>o1",
                "Newstate o2", "Newstate o1", "DialEnd>o1 ANSWER", "VarSet o1", "Newchannel c1", "Newchannel c2",
                "DialBegin o1>c1", "OriginateResponse Success 4", "Newstate c1", "DialState o1>c1 RINGING",
                "Newstate c2", "Newstate c1", "DialEnd o1>c1 ANSWER", "BridgeCreate", "BridgeEnter o1", "BridgeEnter c1",
                "Hangup c2 16", "BridgeLeave c1", "BridgeLeave o1", "Hangup c1 16", "BridgeDestroy", "Hangup o1 16",
                "Hangup o2 16"), described(events));
        AmiMessage varSet = events.get(2);
        assertEquals("CALLCENTER_CALL", varSet.get("Variable"));
        assertEquals("42", varSet.get("Value"));
        String linkedid = events.get(0).get("Uniqueid");
        assertTrue(events.stream().filter(e -> e.has("Linkedid")).allMatch(e -> linkedid.equals(e.get("Linkedid"))),
                "every channel of the call carries the operator's first channel as its Linkedid");
        AmiMessage response = events.get(12);
        assertEquals("7#call-1", response.get("ActionID"));
        assertEquals(linkedid, response.get("Uniqueid"));
        assertEquals(events.get(0).get("Channel"), response.get("Channel"));
        assertEquals("MIXMONITOR_FILENAME", events.get(8).get("Variable"));
        assertTrue(events.stream().allMatch(e -> e.has("Timestamp")), "timestampevents = yes");
        assertEquals("3331234561@pstn", events.get(11).get("DialString"));
    }

    @Test
    void aBusyCustomer() {
        pbx.behaviour("3331234560", Behaviour.busy());
        originate("3331234560", "call-2");
        List<AmiMessage> events = client.eventsUntil(e -> "Hangup".equals(e.eventName()) && "17".equals(e.get("Cause")));
        assertEquals(List.of("Newchannel o1", "Newchannel o2", "VarSet o1", "VarSet o2", "DialBegin>o1",
                "Newstate o2", "Newstate o1", "DialEnd>o1 ANSWER", "VarSet o1", "Newchannel c1", "Newchannel c2",
                "DialBegin o1>c1", "Newstate c2", "OriginateResponse Success 4", "DialEnd o1>c1 BUSY", "Hangup c1 0",
                "Hangup o1 16", "Hangup o2 16", "Hangup c2 17"), described(events));
    }

    @Test
    void congestion() {
        pbx.behaviour("3331234567", Behaviour.congestion());
        originate("3331234567", "call-3");
        List<String> events = described(client.eventsUntil(e -> "34".equals(e.get("Cause"))));
        assertEquals(List.of("DialEnd o1>c1 CONGESTION", "Hangup c1 0", "Hangup o1 16", "Hangup o2 16", "Hangup c2 34"),
                events.subList(events.size() - 5, events.size()));
    }

    @Test
    void aCustomerWhoDoesNotAnswer() {
        pbx.behaviour("3331234569", Behaviour.noAnswer(Duration.ofMillis(200)));
        originate("3331234569", "call-4");
        List<String> events = described(client.eventsUntil(e -> "Hangup".equals(e.eventName())
                && e.get("Channel").startsWith(OPERATOR) && e.get("Channel").endsWith(";2")));
        assertEquals(List.of("DialBegin o1>c1", "OriginateResponse Success 4", "Newstate c1", "DialState o1>c1 RINGING",
                "DialEnd o1>c1 NOANSWER", "Hangup c1 0", "Hangup c2 0", "Hangup o1 16", "Hangup o2 16"),
                events.subList(events.size() - 9, events.size()));
    }

    @Test
    void theOperatorsPhoneBusyFailsTheOriginateWithItsActionIdAndNoUniqueid() {
        pbx.behaviour("3331234568", Behaviour.operatorBusy());
        originate("3331234568", "call-5");
        List<AmiMessage> events = client.eventsUntil(e -> described(List.of(e)).get(0).startsWith("OriginateResponse"));
        AmiMessage failure = events.get(events.size() - 1);
        assertEquals("Failure", failure.get("Response"));
        assertEquals("5", failure.get("Reason"));
        assertEquals("call-5", failure.get("ActionID"));
        assertEquals(OPERATOR, failure.get("Channel"));
        assertNull(failure.get("Uniqueid"));
        List<String> named = described(events);
        assertEquals(List.of("Newchannel o1", "Newchannel o2", "VarSet o1", "VarSet o2", "DialBegin>o1", "Newstate o2",
                "DialEnd>o1 BUSY"), named.subList(0, 7));
        assertFalse(named.stream().anyMatch(n -> n.contains(" c")), "the customer is never dialled");
    }

    @Test
    void theOperatorNotAnsweringEndsAtTheOriginateTimeoutWithoutDialEnd() {
        pbx.behaviour("3331234566", Behaviour.operatorNoAnswer());
        originate("3331234566", "call-6");
        List<AmiMessage> events = new ArrayList<>();
        while (events.stream().filter(e -> "Hangup".equals(e.eventName()) || "OriginateResponse".equals(e.eventName())).count() < 3) {
            events.add(client.next(m -> m.eventName() != null));
        }
        List<String> named = described(events);
        assertTrue(named.contains("Hangup o1 19"), named.toString());
        assertTrue(named.contains("OriginateResponse Failure 3"), named.toString());
        assertTrue(named.contains("DialState>o1 RINGING"), named.toString());
        assertFalse(named.stream().anyMatch(n -> n.startsWith("DialEnd")), named.toString());
    }

    @Test
    void aChannelThePbxCannotMakeOnlyFailsTheOriginate() {
        pbx.behaviour("3331234565", Behaviour.failure());
        originate("3331234565", "call-7");
        AmiMessage event = client.next(m -> m.eventName() != null);
        assertEquals("OriginateResponse", event.eventName());
        assertEquals("Failure", event.get("Response"));
    }

    @Test
    void coreShowChannelsListsTheLiveChannelsThenHangupEndsTheCall() {
        pbx.behaviour("3331234564", Behaviour.answer(Duration.ZERO, Duration.ofMinutes(5)));
        originate("3331234564", "call-8");
        client.next(m -> "BridgeEnter".equals(m.eventName()) && m.get("Channel").startsWith("Local/3331234564"));
        client.send(new AmiMessage().add("Action", "CoreShowChannels").add("ActionID", "s1"));
        AmiMessage start = client.next(m -> "s1".equals(m.get("ActionID")) && m.has("Response"));
        assertEquals("start", start.get("EventList"));
        List<AmiMessage> listed = new ArrayList<>();
        AmiMessage item;
        while (!"CoreShowChannelsComplete".equals((item = client.next(m -> "s1".equals(m.get("ActionID")))).eventName())) {
            listed.add(item);
        }
        assertEquals("4", item.get("ListItems"));
        assertEquals(4, listed.size());
        String operatorChannel = listed.stream().map(e -> e.get("Channel")).filter(c -> c.startsWith(OPERATOR) && c.endsWith(";1"))
                .findFirst().orElseThrow();
        assertTrue(listed.stream().allMatch(e -> listed.get(0).get("Linkedid").equals(e.get("Linkedid"))));

        client.send(new AmiMessage().add("Action", "Hangup").add("Channel", operatorChannel).add("ActionID", "h1"));
        assertEquals("Success", client.next(m -> "h1".equals(m.get("ActionID"))).get("Response"));
        client.next(m -> "Hangup".equals(m.eventName()) && m.get("Channel").startsWith(OPERATOR) && m.get("Channel").endsWith(";2"));
        assertEquals(List.of(), pbx.channels());
        client.send(new AmiMessage().add("Action", "Hangup").add("Channel", operatorChannel).add("ActionID", "h2"));
        assertEquals("No such channel", client.next(m -> "h2".equals(m.get("ActionID"))).get("Message"));
    }

    @Test
    void aRedirectMovesTheCustomerToAnotherOperatorsPhone() {
        pbx.behaviour("3331234563", Behaviour.answer(Duration.ZERO, Duration.ofSeconds(3)));
        originate("3331234563", "call-9");
        AmiMessage bridged = client.next(m -> "BridgeEnter".equals(m.eventName()) && m.get("Channel").startsWith("Local/3331234563"));
        client.send(new AmiMessage().add("Action", "Redirect").add("Channel", bridged.get("Channel"))
                .add("Context", "agents").add("Exten", "202").add("Priority", 1).add("ActionID", "r1"));
        assertEquals("Redirect successful", client.next(m -> "r1".equals(m.get("ActionID"))).get("Message"));
        AmiMessage dial = client.next(m -> "DialBegin".equals(m.eventName()) && m.get("DestChannel").startsWith("Local/202@agents"));
        assertEquals(bridged.get("Channel"), dial.get("Channel"));
        assertEquals(bridged.get("Linkedid"), dial.get("DestLinkedid"));
        client.next(m -> "DialEnd".equals(m.eventName()) && m.get("DestChannel").startsWith("Local/202@agents"));
    }

    @Test
    void anInboundCallRingsTheOperatorsPhoneWithTheCallersNumber() {
        PbxSimulator.Inbound call = pbx.inbound("3387654321", "203", Duration.ofMillis(100), Duration.ofMillis(100));
        AmiMessage dial = client.next(m -> "DialBegin".equals(m.eventName()));
        assertEquals(call.trunkChannel(), dial.get("Channel"));
        assertEquals("3387654321", dial.get("CallerIDNum"));
        assertTrue(dial.get("DestChannel").startsWith("Local/203@agents-"), dial.get("DestChannel"));
        assertEquals("ANSWER", client.next(m -> "DialEnd".equals(m.eventName())).get("DialStatus"));
        client.next(m -> "Hangup".equals(m.eventName()) && m.get("Channel").equals(call.trunkChannel()));
    }

    @Test
    void queuePauseAnswersThenTellsTheQueueMemberPause() {
        client.send(new AmiMessage().add("Action", "QueuePause").add("Interface", "Local/201@agents").add("Paused", "true")
                .add("Reason", "LUNCH").add("ActionID", "p1"));
        AmiMessage answer = client.next(m -> "p1".equals(m.get("ActionID")) && m.has("Response"));
        assertEquals("Interface paused successfully", answer.get("Message"));
        AmiMessage event = client.next(m -> "QueueMemberPause".equals(m.eventName()));
        assertEquals("1", event.get("Paused"));
        assertEquals("LUNCH", event.get("PausedReason"));
        assertEquals("operators", event.get("Queue"));
        assertTrue(pbx.isPaused("Local/201@agents"));

        client.send(new AmiMessage().add("Action", "QueueStatus").add("ActionID", "q1"));
        AmiMessage member = client.next(m -> "QueueMember".equals(m.eventName()));
        assertEquals("1", member.get("Paused"));
        assertEquals("LUNCH", member.get("PausedReason"));

        client.send(new AmiMessage().add("Action", "QueuePause").add("Interface", "SIP/nobody").add("Paused", "true")
                .add("ActionID", "p2"));
        AmiMessage refused = client.next(m -> "p2".equals(m.get("ActionID")));
        assertEquals("Error", refused.get("Response"));
        assertEquals("Interface not found", refused.get("Message"));
    }

    @Test
    void aRestartSaysShutdownDropsTheConnectionAndForgetsEveryCall() throws IOException {
        pbx.behaviour("3331234562", Behaviour.answer(Duration.ZERO, Duration.ofMinutes(5)));
        originate("3331234562", "call-10");
        client.next(m -> "BridgeEnter".equals(m.eventName()));
        pbx.restart(Duration.ofMillis(300));
        AmiMessage shutdown = client.next(m -> "Shutdown".equals(m.eventName()));
        assertEquals("True", shutdown.get("Restart"));
        await().atMost(Duration.ofSeconds(5)).until(client::ended);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            try (AmiClient again = new AmiClient(pbx.port())) {
                again.login("callcenter", "callcenter-demo");
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        assertEquals(List.of(), pbx.channels());
    }

    @Test
    void aDroppedConnectionEndsAtOnceAndTheNextOneIsAccepted() throws IOException {
        pbx.dropConnections();
        await().atMost(Duration.ofSeconds(5)).until(client::ended);
        try (AmiClient again = new AmiClient(pbx.port())) {
            again.login("callcenter", "callcenter-demo");
            await().atMost(Duration.ofSeconds(5)).until(() -> pbx.loggedIn() == 1);
        }
    }

    @Test
    void numbersMatchByTheirDigitsWhateverPrefix() {
        Behaviour busy = Behaviour.busy();
        pbx.behaviour("+39 333 1234599", busy);
        assertEquals(busy, pbx.behaviourFor("3331234599"));
        assertEquals(busy, pbx.behaviourFor("00393331234599"));
        assertEquals(Behaviour.Kind.BUSY, pbx.behaviourFor("0612345670").kind(), "the demo rule: ending 0 is busy");
        assertEquals(Behaviour.Kind.OPERATOR_BUSY, new DemoNumbers().apply("3331118").kind());
        assertEquals(Behaviour.Kind.NO_ANSWER, new DemoNumbers().apply("3331119").kind());
        Behaviour answered = new DemoNumbers().apply("3331111");
        assertEquals(Behaviour.Kind.ANSWER, answered.kind());
        assertTrue(answered.talk().getSeconds() >= 20 && answered.talk().getSeconds() <= 90);
    }

    @Test
    void phonesAndATrunkOfOneChannelEach() throws IOException {
        try (PbxSimulator pjsip = PbxSimulator.start(0, SimulatorSettings.defaults().withOperatorChannel("PJSIP/{extension}")
                .withTrunk("trunk").withOperatorAnswerDelay(Duration.ofMillis(20)));
             AmiClient other = new AmiClient(pjsip.port())) {
            other.login("callcenter", "callcenter-demo");
            pjsip.behaviour("3331234590", Behaviour.busy());
            other.send(new AmiMessage().add("Action", "Originate").add("ActionID", "p1").add("Channel", "PJSIP/201")
                    .add("Context", "customers").add("Exten", "3331234590").add("Async", "true"));
            List<AmiMessage> events = other.eventsUntil(e -> "Hangup".equals(e.eventName()) && e.get("Channel").startsWith("PJSIP/trunk"));
            AmiMessage dial = events.stream().filter(e -> "DialBegin".equals(e.eventName()) && e.has("Channel")).findFirst().orElseThrow();
            assertTrue(dial.get("Channel").matches("PJSIP/201-[0-9a-f]{8}"), dial.get("Channel"));
            assertTrue(dial.get("DestChannel").matches("PJSIP/trunk-[0-9a-f]{8}"), dial.get("DestChannel"));
            assertEquals("3331234590@trunk", dial.get("DialString"));
            assertEquals("17", events.get(events.size() - 1).get("Cause"), "the trunk's channel tells the busy cause itself");
        }
    }
}
