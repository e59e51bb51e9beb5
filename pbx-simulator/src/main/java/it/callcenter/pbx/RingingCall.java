package it.callcenter.pbx;

import java.time.Duration;
import java.time.Instant;

/**
 * A caller's channel dialling a phone: a call coming in from the trunk to an operator's extension, or a customer
 * blind-transferred to another operator or number. The phone rings, is answered after a while (or never), the two
 * are bridged, and the caller hangs up when done; either side may be hung up or the caller redirected on.
 */
final class RingingCall extends Call {

    /** How long a phone nobody answers rings before the dial gives up. */
    static final Duration RING_TIMEOUT = Duration.ofSeconds(20);

    private enum Phase { RINGING, TALKING, ENDED }

    private final Channel caller;
    private final Channel callerInner;
    private final String dial;
    private final String dialString;
    private final Duration answerAfter;
    private final Duration talk;
    private Switchboard.Leg target;
    private String bridge;
    private Phase phase = Phase.RINGING;

    /**
     * @param callerInner the caller's other half when it is a Local channel (hung up with it), else null
     * @param answerAfter when the phone is answered; null: never (the dial gives up after {@link #RING_TIMEOUT})
     */
    RingingCall(Switchboard board, Channel caller, Channel callerInner, String dial, String dialString,
                Duration answerAfter, Duration talk) {
        super(board);
        this.caller = caller;
        this.callerInner = callerInner;
        this.dial = dial;
        this.dialString = dialString;
        this.answerAfter = answerAfter;
        this.talk = talk;
    }

    Channel caller() {
        return caller;
    }

    void start() {
        board.adopt(caller, this);
        if (callerInner != null) {
            board.adopt(callerInner, this);
        }
        caller.application = "Dial";
        caller.applicationData = dial;
        target = board.leg(dial, caller.linkedid, this);
        target.outer().callerIdNum = caller.callerIdNum;
        target.outer().callerIdName = caller.callerIdName;
        target.outer().connectedLineNum = caller.callerIdNum;
        target.both().forEach(board::newchannel);
        board.dialBegin(caller, target.outer(), dialString);
        board.newstate(target.outer(), Channel.RINGING);
        board.dialState(caller, target.outer(), "RINGING");
        if (answerAfter == null) {
            later(RING_TIMEOUT, this::notAnswered);
        } else {
            later(answerAfter, this::answered);
        }
    }

    private void answered() {
        board.newstate(target.inner(), Channel.UP);
        board.newstate(target.outer(), Channel.UP);
        board.dialEnd(caller, target.outer(), "ANSWER");
        if (caller.state != Channel.UP) {
            board.newstate(caller, Channel.UP);
        }
        bridge = board.bridgeCreate();
        board.bridgeEnter(bridge, caller, 1);
        board.bridgeEnter(bridge, target.outer(), 2);
        phase = Phase.TALKING;
        talkEnds = Instant.now().plus(talk);
        later(talk, this::callerHungUp);
    }

    private void notAnswered() {
        board.dialEnd(caller, target.outer(), "NOANSWER");
        board.hangup(target.outer(), 0);
        board.hangup(target.inner(), 0);
        board.hangup(callerInner, 16);
        board.hangup(caller, 16);
        phase = Phase.ENDED;
    }

    private void callerHungUp() {
        board.hangup(callerInner, 16);
        board.bridgeLeave(bridge, caller, 1);
        board.bridgeLeave(bridge, target.outer(), 0);
        board.hangup(caller, 16);
        board.bridgeDestroy(bridge);
        board.hangup(target.outer(), 16);
        board.hangup(target.inner(), 16);
        phase = Phase.ENDED;
    }

    /** The caller gives up while the phone still rings. */
    void abandon() {
        if (phase != Phase.RINGING) {
            return;
        }
        cancelPending();
        board.dialEnd(caller, target.outer(), "CANCEL");
        board.hangup(target.outer(), 0);
        board.hangup(target.inner(), 0);
        board.hangup(callerInner, 16);
        board.hangup(caller, 16);
        phase = Phase.ENDED;
    }

    @Override
    void hangupRequested(Channel channel) {
        boolean callerSide = channel == caller || channel == callerInner;
        switch (phase) {
            case RINGING -> {
                if (callerSide) {
                    abandon();
                    return;
                }
                cancelPending();
                board.dialEnd(caller, target.outer(), "BUSY");
                board.hangup(target.outer(), 0);
                board.hangup(target.inner(), 17);
                board.hangup(callerInner, 16);
                board.hangup(caller, 16);
            }
            case TALKING -> {
                cancelPending();
                if (callerSide) {
                    callerHungUp();
                    return;
                }
                board.bridgeLeave(bridge, target.outer(), 1);
                board.hangup(target.outer(), 16);
                board.bridgeLeave(bridge, caller, 0);
                board.hangup(caller, 16);
                board.bridgeDestroy(bridge);
                board.hangup(target.inner(), 16);
                board.hangup(callerInner, 16);
            }
            default -> {
            }
        }
        phase = Phase.ENDED;
    }

    @Override
    boolean redirect(Channel channel, String context, String exten) {
        if (phase != Phase.TALKING || (channel != caller && channel != callerInner)) {
            return false;
        }
        cancelPending();
        board.bridgeLeave(bridge, caller, 1);
        board.bridgeLeave(bridge, target.outer(), 0);
        board.bridgeDestroy(bridge);
        board.hangup(target.outer(), 16);
        board.hangup(target.inner(), 16);
        phase = Phase.ENDED;
        continueAt(caller, callerInner, context, exten);
        return true;
    }
}
