package it.callcenter.telephony;

import java.time.Instant;

/**
 * What the PBX said, in our own words: the few events a call's state is made of, each with the moment the PBX says it
 * happened ({@code at}: its {@code Timestamp}, or when it was received). Channels are full names; Linkedid ties every
 * channel of one call together. The adapter turns the manager interface's events into these and nothing else.
 */
public sealed interface PbxEvent {

    Instant at();

    /** What keeps one call's events in order: they are applied one after the other in the lane of this key. */
    String orderKey();

    /** The connection to the PBX is up (at start, and after every reconnect). */
    record Connected(Instant at) implements PbxEvent {
        public String orderKey() {
            return "";
        }
    }

    /** The connection is lost; the adapter reconnects by itself. */
    record Disconnected(Instant at) implements PbxEvent {
        public String orderKey() {
            return "";
        }
    }

    /** A channel variable was set: ours on an originate ({@link Pbx#CALL_VARIABLE}), or MixMonitor's file. */
    record VariableSet(Instant at, String channel, String uniqueid, String linkedid, String variable, String value)
            implements PbxEvent {
        public String orderKey() {
            return linkedid;
        }
    }

    /** A channel dials another; {@code source} is null for the operator's leg of an originate. */
    record DialStarted(Instant at, String linkedid, String source, String sourceUniqueid, String destination,
                       String destinationUniqueid, String callerIdNumber) implements PbxEvent {
        public String orderKey() {
            return linkedid;
        }
    }

    /** A dial ended: ANSWER, BUSY, NOANSWER, CONGESTION, CHANUNAVAIL, CANCEL. */
    record DialEnded(Instant at, String linkedid, String source, String destination, String destinationUniqueid,
                     String status) implements PbxEvent {
        public String orderKey() {
            return linkedid;
        }
    }

    /** A channel entered a bridge: it talks with the other side. */
    record Bridged(Instant at, String linkedid, String channel) implements PbxEvent {
        public String orderKey() {
            return linkedid;
        }
    }

    /** A channel hung up, with the hangup cause (Q.850: 16 normal, 17 busy, 19 no answer, 34 congestion, 0 none). */
    record HungUp(Instant at, String linkedid, String channel, String uniqueid, int cause) implements PbxEvent {
        public String orderKey() {
            return linkedid;
        }
    }

    /**
     * An asynchronous Originate's outcome, correlated by our ActionID: on success the operator's channel and its
     * Uniqueid (the call's Linkedid); on failure the dial string and the reason.
     */
    record OriginateResult(Instant at, String actionId, boolean success, int reason, String channel, String uniqueid)
            implements PbxEvent {
        public String orderKey() {
            return uniqueid != null ? uniqueid : actionId;
        }
    }

    /** A queue member was paused or unpaused (by us, or on the PBX: a phone's feature code, the PBX's own screens). */
    record MemberPaused(Instant at, String queue, String iface, boolean paused, String reason) implements PbxEvent {
        public String orderKey() {
            return iface;
        }
    }
}
