package it.callcenter.telephony.asterisk;

import it.callcenter.telephony.Pbx;
import it.callcenter.telephony.PbxEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.VarSetEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Asterisk-Java's events into ours, the few a call is made of; every other one is dropped. Taken by exact class:
 * for every DialBegin the library also emits a legacy {@code DialEvent} (a superclass of DialBegin and DialEnd) and
 * a {@code BridgeEvent} beside BridgeEnter, which must not count twice. The time is the event's {@code Timestamp}
 * ({@code timestampevents = yes}), else when it was received.
 */
final class AsteriskEvents {

    static final String MIXMONITOR_FILENAME = "MIXMONITOR_FILENAME";
    private static final Set<String> VARIABLES = Set.of(Pbx.CALL_VARIABLE, MIXMONITOR_FILENAME);

    private AsteriskEvents() {
    }

    static Optional<PbxEvent> of(ManagerEvent event) {
        Class<?> type = event.getClass();
        Instant at = at(event);
        if (type == VarSetEvent.class) {
            VarSetEvent v = (VarSetEvent) event;
            return VARIABLES.contains(v.getVariable()) ? Optional.of(new PbxEvent.VariableSet(at, v.getChannel(),
                    v.getUniqueId(), v.getLinkedId(), v.getVariable(), v.getValue())) : Optional.empty();
        }
        if (type == DialBeginEvent.class) {
            DialBeginEvent d = (DialBeginEvent) event;
            return Optional.of(new PbxEvent.DialStarted(at, first(d.getLinkedId(), d.getDestLinkedId()),
                    blankToNull(d.getChannel()), blankToNull(d.getUniqueId()), d.getDestChannel(), d.getDestUniqueId(),
                    known(d.getCallerIdNum())));
        }
        if (type == DialEndEvent.class) {
            DialEndEvent d = (DialEndEvent) event;
            return Optional.of(new PbxEvent.DialEnded(at, first(d.getLinkedId(), d.getDestLinkedId()),
                    blankToNull(d.getChannel()), d.getDestChannel(), d.getDestUniqueId(), d.getDialStatus()));
        }
        if (type == BridgeEnterEvent.class) {
            BridgeEnterEvent b = (BridgeEnterEvent) event;
            return Optional.of(new PbxEvent.Bridged(at, b.getLinkedId(), b.getChannel()));
        }
        if (type == HangupEvent.class) {
            HangupEvent h = (HangupEvent) event;
            return Optional.of(new PbxEvent.HungUp(at, h.getLinkedId(), h.getChannel(), h.getUniqueId(),
                    h.getCause() == null ? 0 : h.getCause()));
        }
        if (type == OriginateResponseEvent.class) {
            OriginateResponseEvent o = (OriginateResponseEvent) event;
            return Optional.of(new PbxEvent.OriginateResult(at, o.getActionId(), o.isSuccess(),
                    o.getReason() == null ? 0 : o.getReason(), o.getChannel(), known(o.getUniqueId())));
        }
        if (type == QueueMemberPauseEvent.class) {
            QueueMemberPauseEvent p = (QueueMemberPauseEvent) event;
            // the reason is in getPausedreason() (lower-case r); getPausedReason() is null (AMI-EVENTS.md)
            return Optional.of(new PbxEvent.MemberPaused(at, p.getQueue(), first(p.getInterface(), p.getMemberName()),
                    Boolean.TRUE.equals(p.getPaused()), p.getPausedreason()));
        }
        return Optional.empty();
    }

    static Instant at(ManagerEvent event) {
        Double timestamp = event.getTimestamp();
        if (timestamp != null) {
            long micros = Math.round(timestamp * 1_000_000d);
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        }
        return event.getDateReceived() == null ? Instant.now() : event.getDateReceived().toInstant();
    }

    private static String first(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Asterisk writes {@code <unknown>} or {@code <null>} for what it does not know. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("<") ? null : value;
    }
}
