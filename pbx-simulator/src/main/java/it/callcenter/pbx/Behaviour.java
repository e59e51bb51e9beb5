package it.callcenter.pbx;

import java.time.Duration;

/**
 * What happens when a number is dialled: the customer answers after a while and talks, is busy, does not answer,
 * the network is congested; or the operator's own phone is busy or not answered, or the PBX cannot make the call at
 * all. The event sequences each one produces are those of {@code AMI-EVENTS.md}.
 *
 * @param delay how long the phone rings before it answers (or before busy, congestion); for {@link Kind#NO_ANSWER}
 *              how long it rings before the dial gives up
 * @param talk  for an answered call, how long the customer talks before hanging up
 */
public record Behaviour(Kind kind, Duration delay, Duration talk) {

    public enum Kind {
        ANSWER, BUSY, NO_ANSWER, CONGESTION, OPERATOR_BUSY, OPERATOR_NO_ANSWER, FAILURE
    }

    public Behaviour {
        delay = delay == null ? Duration.ZERO : delay;
        talk = talk == null ? Duration.ZERO : talk;
    }

    public static Behaviour answer(Duration after, Duration talk) {
        return new Behaviour(Kind.ANSWER, after, talk);
    }

    public static Behaviour busy() {
        return new Behaviour(Kind.BUSY, Duration.ZERO, null);
    }

    /** Rings for {@code ringFor}, then the dial gives up (NOANSWER). */
    public static Behaviour noAnswer(Duration ringFor) {
        return new Behaviour(Kind.NO_ANSWER, ringFor, null);
    }

    public static Behaviour congestion() {
        return new Behaviour(Kind.CONGESTION, Duration.ZERO, null);
    }

    /** The operator's phone is busy: the customer is never dialled. */
    public static Behaviour operatorBusy() {
        return new Behaviour(Kind.OPERATOR_BUSY, Duration.ZERO, null);
    }

    /** The operator's phone rings until the originate's timeout. */
    public static Behaviour operatorNoAnswer() {
        return new Behaviour(Kind.OPERATOR_NO_ANSWER, Duration.ZERO, null);
    }

    /** The PBX cannot make the operator's channel at all (an unregistered phone): only a failed OriginateResponse. */
    public static Behaviour failure() {
        return new Behaviour(Kind.FAILURE, Duration.ZERO, null);
    }
}
