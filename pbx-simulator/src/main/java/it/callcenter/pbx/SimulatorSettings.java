package it.callcenter.pbx;

import java.time.Duration;

/**
 * How the simulated PBX is set up: the manager user, the channel of an operator's phone (the same pattern the call
 * center's settings name, {@code {extension}} standing for the extension), the operators' dialplan context, the
 * queue its operators are members of, and how quickly things happen.
 *
 * @param operatorChannel     e.g. {@code Local/{extension}@agents} (two halves, as AMI-EVENTS.md observed) or
 *                            {@code PJSIP/{extension}} (one channel)
 * @param operatorContext     where an extension is an operator's phone (a Redirect there rings that operator)
 * @param queue               the queue every operator's phone is a member of
 * @param operatorAnswerDelay how long an operator's phone rings before the operator picks up (originates and
 *                            inbound calls)
 * @param authFailureDelay    how long a wrong secret waits before the error (Asterisk: about a second)
 * @param recording           whether the outbound context starts MixMonitor (a {@code MIXMONITOR_FILENAME} VarSet)
 * @param trunk               null: the customer is dialled as a Local channel {@code Local/<number>@pstn} (two halves,
 *                            as AMI-EVENTS.md observed); else the trunk endpoint's name, e.g. {@code trunk}: one
 *                            channel {@code PJSIP/trunk-<hex>}, as a real trunk gives
 */
public record SimulatorSettings(String username, String secret, String operatorChannel, String operatorContext,
                                String queue, Duration operatorAnswerDelay, Duration authFailureDelay, boolean recording,
                                String trunk) {

    public static final String DEFAULT_USERNAME = "callcenter";
    public static final String DEFAULT_SECRET = "callcenter-demo";

    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_USERNAME, DEFAULT_SECRET, "Local/{extension}@agents", "agents", "operators",
                Duration.ofMillis(300), Duration.ofSeconds(1), true, null);
    }

    public SimulatorSettings withCredentials(String newUsername, String newSecret) {
        return new SimulatorSettings(newUsername, newSecret, operatorChannel, operatorContext, queue, operatorAnswerDelay,
                authFailureDelay, recording, trunk);
    }

    public SimulatorSettings withOperatorAnswerDelay(Duration delay) {
        return new SimulatorSettings(username, secret, operatorChannel, operatorContext, queue, delay, authFailureDelay,
                recording, trunk);
    }

    public SimulatorSettings withAuthFailureDelay(Duration delay) {
        return new SimulatorSettings(username, secret, operatorChannel, operatorContext, queue, operatorAnswerDelay, delay,
                recording, trunk);
    }

    public SimulatorSettings withOperatorChannel(String pattern) {
        return new SimulatorSettings(username, secret, pattern, operatorContext, queue, operatorAnswerDelay,
                authFailureDelay, recording, trunk);
    }

    /** Customers dialled on a trunk ({@code PJSIP/<number>@<trunk>}: one channel each) rather than Local channels. */
    public SimulatorSettings withTrunk(String endpoint) {
        return new SimulatorSettings(username, secret, operatorChannel, operatorContext, queue, operatorAnswerDelay,
                authFailureDelay, recording, endpoint);
    }

    /** How the outbound context dials a number: a Local channel, or the trunk. */
    String customerDial(String number) {
        return trunk == null ? "Local/" + number + "@pstn" : "PJSIP/" + number + "@" + trunk;
    }

    /** The dial string of an extension's phone, e.g. {@code Local/201@agents}. */
    String operatorDial(String extension) {
        return operatorChannel.replace("{extension}", extension);
    }
}
