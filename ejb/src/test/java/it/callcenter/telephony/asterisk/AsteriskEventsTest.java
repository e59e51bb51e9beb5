package it.callcenter.telephony.asterisk;

import it.callcenter.telephony.PbxEvent;
import org.asteriskjava.manager.event.BridgeEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asterisk-Java's events into ours: the ones a call is made of, taken once each. */
class AsteriskEventsTest {

    private static final Object SOURCE = new Object();

    @Test
    void theOperatorsLegOfAnOriginateIsDialledWithoutASource() {
        DialBeginEvent begin = new DialBeginEvent(SOURCE);
        begin.setDestChannel("Local/201@agents-00000001;1");
        begin.setDestUniqueId("1700000000.1");
        begin.setDestLinkedId("1700000000.1");
        begin.setTimestamp(1_700_000_000.250_001);
        PbxEvent.DialStarted dial = (PbxEvent.DialStarted) AsteriskEvents.of(begin).orElseThrow();
        assertNull(dial.source());
        assertEquals("1700000000.1", dial.linkedid(), "the destination's Linkedid when there is no source");
        assertEquals(Instant.ofEpochSecond(1_700_000_000L, 250_001_000L), dial.at());
    }

    @Test
    void theCustomersDialAndItsEnd() {
        DialBeginEvent begin = new DialBeginEvent(SOURCE);
        begin.setChannel("Local/201@agents-00000001;1");
        begin.setUniqueId("1700000000.1");
        begin.setLinkedId("1700000000.1");
        begin.setCallerIdNum("0212345678");
        begin.setDestChannel("Local/3331234567@pstn-00000002;1");
        begin.setDestUniqueId("1700000000.3");
        PbxEvent.DialStarted dial = (PbxEvent.DialStarted) AsteriskEvents.of(begin).orElseThrow();
        assertEquals("Local/201@agents-00000001;1", dial.source());
        assertEquals("0212345678", dial.callerIdNumber());

        DialEndEvent end = new DialEndEvent(SOURCE);
        end.setChannel("Local/201@agents-00000001;1");
        end.setLinkedId("1700000000.1");
        end.setDestChannel("Local/3331234567@pstn-00000002;1");
        end.setDialStatus("BUSY");
        assertEquals("BUSY", ((PbxEvent.DialEnded) AsteriskEvents.of(end).orElseThrow()).status());
    }

    @Test
    void theLegacyDialAndBridgeEventsAndOtherEventsAreDropped() {
        assertEquals(Optional.empty(), AsteriskEvents.of(new DialEvent(SOURCE)));
        assertEquals(Optional.empty(), AsteriskEvents.of(new BridgeEvent(SOURCE)));
        assertEquals(Optional.empty(), AsteriskEvents.of(new NewStateEvent(SOURCE)));
        VarSetEvent other = new VarSetEvent(SOURCE);
        other.setVariable("BRIDGEPEER");
        assertEquals(Optional.empty(), AsteriskEvents.of(other));
    }

    @Test
    void ourVariableAndTheRecordingsFile() {
        VarSetEvent tag = new VarSetEvent(SOURCE);
        tag.setChannel("Local/201@agents-00000001;1");
        tag.setVariable("CALLCENTER_CALL");
        tag.setValue("42");
        tag.setLinkedId("1700000000.1");
        PbxEvent.VariableSet set = (PbxEvent.VariableSet) AsteriskEvents.of(tag).orElseThrow();
        assertEquals("42", set.value());
        VarSetEvent recording = new VarSetEvent(SOURCE);
        recording.setVariable("MIXMONITOR_FILENAME");
        recording.setValue("/var/spool/asterisk/monitor/x.wav");
        assertTrue(AsteriskEvents.of(recording).isPresent());
    }

    @Test
    void aHangupWithItsCause() {
        HangupEvent hangup = new HangupEvent(SOURCE);
        hangup.setChannel("Local/3331234567@pstn-00000002;2");
        hangup.setLinkedId("1700000000.1");
        hangup.setCause(17);
        assertEquals(17, ((PbxEvent.HungUp) AsteriskEvents.of(hangup).orElseThrow()).cause());
        hangup.setCause(null);
        assertEquals(0, ((PbxEvent.HungUp) AsteriskEvents.of(hangup).orElseThrow()).cause());
    }

    @Test
    void aFailedOriginateHasOurActionIdAndNoUniqueid() {
        OriginateResponseEvent failed = new OriginateResponseEvent(SOURCE);
        failed.setActionId("call-9");
        failed.setResponse("Failure");
        failed.setReason(5);
        failed.setChannel("Local/201@agents");
        failed.setUniqueId("<null>");
        PbxEvent.OriginateResult result = (PbxEvent.OriginateResult) AsteriskEvents.of(failed).orElseThrow();
        assertEquals("call-9", result.actionId());
        assertEquals(false, result.success());
        assertEquals(5, result.reason());
        assertNull(result.uniqueid());
        assertEquals("call-9", result.orderKey());
    }

    @Test
    void aQueueMemberPauseReadsTheReasonFromTheLowerCaseGetter() {
        QueueMemberPauseEvent pause = new QueueMemberPauseEvent(SOURCE);
        pause.setQueue("operators");
        pause.setInterface("PJSIP/201");
        pause.setPaused(true);
        pause.setPausedreason("LUNCH");
        PbxEvent.MemberPaused paused = (PbxEvent.MemberPaused) AsteriskEvents.of(pause).orElseThrow();
        assertEquals("LUNCH", paused.reason());
        assertEquals("PJSIP/201", paused.iface());
        assertTrue(paused.paused());
    }
}
