package it.callcenter.telephony;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The PBX as telephony needs it: dial, hang up, transfer, pause in the queue, list the channels, and whether it is
 * reachable. Its events reach {@link PbxListener}. The Asterisk adapter implements it over the manager interface; no
 * other code knows how.
 */
public interface Pbx {

    /** The channel variable that carries our call's id on an originate, so every event can be tied to the call. */
    String CALL_VARIABLE = "CALLCENTER_CALL";

    boolean isUp();

    /** Sends an asynchronous Originate; returns once the PBX queued it. The outcome comes as events. */
    void originate(Originate originate) throws PbxException;

    void hangup(String channel) throws PbxException;

    /** Sends the channel on to {@code exten} in {@code context} (a blind transfer of the customer's channel). */
    void redirect(String channel, String context, String exten) throws PbxException;

    /** Pauses (or unpauses) the interface in the queue; false when the interface is no member of it. */
    boolean pause(String queue, String iface, boolean paused, String reason) throws PbxException;

    /** The channels up now (CoreShowChannels). */
    List<LiveChannel> channels() throws PbxException;

    /**
     * An Originate: ring {@code channel} (the operator's phone) for at most {@code timeout}, then run
     * {@code context}/{@code exten} (the outbound context dials the customer), with our ActionID and variables.
     */
    record Originate(String actionId, String channel, String context, String exten, String callerId, Duration timeout,
                     Map<String, String> variables) {
    }

    record LiveChannel(String channel, String uniqueid, String linkedid) {
    }
}
