package it.callcenter.pbx;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Originate as Asterisk 22 plays it (AMI-EVENTS.md): the operator's phone is rung first; once the operator
 * answers, the operator's channel runs the outbound context, which dials the customer. Each {@link Behaviour} gives
 * the sequence observed for it, in that order, and OriginateResponse carries the Originate's ActionID; on a failure
 * its place among the hangups varies, as on a real PBX.
 */
final class OutboundCall extends Call {

    private enum Phase { OPERATOR_RINGING, CUSTOMER_RINGING, TALKING, ENDED }

    private final String actionId;
    private final String dial;
    private final String context;
    private final String exten;
    private final Duration timeout;
    private final Map<String, String> variables;
    private final String callerId;
    private final Behaviour behaviour;
    private Switchboard.Leg operator;
    private Switchboard.Leg customer;
    private String bridge;
    private Phase phase = Phase.OPERATOR_RINGING;
    private boolean responded;

    OutboundCall(Switchboard board, String actionId, String dial, String context, String exten, Duration timeout,
                 Map<String, String> variables, String callerId) {
        super(board);
        this.actionId = actionId;
        this.dial = dial;
        this.context = context;
        this.exten = exten;
        this.timeout = timeout;
        this.variables = variables;
        this.callerId = callerId;
        this.behaviour = board.behaviourFor(exten);
    }

    void start() {
        if (behaviour.kind() == Behaviour.Kind.FAILURE) {
            later(Duration.ofMillis(50), () -> failed(0));
            return;
        }
        operator = board.leg(dial, null, this);
        operator.outer().callerId(callerId);
        operator.outer().context = context;
        operator.outer().exten = exten;
        operator.both().forEach(board::newchannel);
        variables.forEach((name, value) -> operator.both().forEach(half -> board.varSet(half, name, value)));
        board.dialBegin(null, operator.outer(), dialString(dial));
        switch (behaviour.kind()) {
            case OPERATOR_BUSY -> later(Duration.ofMillis(100), this::operatorBusy);
            case OPERATOR_NO_ANSWER -> {
                board.newstate(operator.outer(), Channel.RINGING);
                board.dialState(null, operator.outer(), "RINGING");
                later(timeout, this::operatorTimedOut);
            }
            default -> later(board.settings.operatorAnswerDelay(), this::operatorAnswered);
        }
    }

    private static String dialString(String dial) {
        return dial.substring(dial.indexOf('/') + 1);
    }

    private void failed(int reason) {
        responded = true;
        board.originateResponse(actionId, false, reason, dial, null, context, exten);
    }

    private void succeeded() {
        if (!responded) {
            responded = true;
            board.originateResponse(actionId, true, 4, operator.outer().name, operator.outer(), context, exten);
        }
    }

    /** Hangups with the failed OriginateResponse somewhere among them: its order is not fixed (AMI-EVENTS.md). */
    private void failWithHangups(int reason, List<Runnable> hangups) {
        List<Runnable> steps = new ArrayList<>(hangups);
        steps.add(board.random().nextInt(steps.size() + 1), () -> failed(reason));
        steps.forEach(Runnable::run);
        phase = Phase.ENDED;
    }

    private void operatorBusy() {
        board.newstate(operator.inner() == null ? operator.outer() : operator.inner(), Channel.BUSY);
        board.dialEnd(null, operator.outer(), "BUSY");
        failWithHangups(5, List.of(() -> board.hangup(operator.inner(), 17),
                () -> board.hangup(operator.outer(), operator.inner() == null ? 17 : 0)));
    }

    private void operatorTimedOut() {
        failWithHangups(3, List.of(() -> board.hangup(operator.outer(), 19), () -> board.hangup(operator.inner(), 19)));
    }

    private void operatorAnswered() {
        board.newstate(operator.inner(), Channel.UP);
        board.newstate(operator.outer(), Channel.UP);
        board.dialEnd(null, operator.outer(), "ANSWER");
        Channel op = operator.outer();
        op.application = "Dial";
        String customerDial = board.settings.customerDial(exten);
        op.applicationData = customerDial;
        if (board.settings.recording()) {
            board.varSet(op, "MIXMONITOR_FILENAME", board.recordingFile(op));
        }
        customer = board.leg(customerDial, op.linkedid, this);
        customer.outer().callerIdNum = op.callerIdNum;
        customer.outer().callerIdName = op.callerIdName;
        customer.both().forEach(board::newchannel);
        board.dialBegin(op, customer.outer(), customerDial.substring(customerDial.indexOf('/') + 1));
        phase = Phase.CUSTOMER_RINGING;
        switch (behaviour.kind()) {
            case ANSWER -> {
                succeeded();
                ringCustomer();
                later(behaviour.delay(), this::customerAnswered);
            }
            case BUSY, CONGESTION -> {
                if (behaviour.delay().isZero()) {
                    refused();
                } else {
                    succeeded();
                    ringCustomer();
                    later(behaviour.delay(), this::refused);
                }
            }
            case NO_ANSWER -> {
                succeeded();
                ringCustomer();
                later(behaviour.delay(), this::notAnswered);
            }
            default -> throw new IllegalStateException("unexpected " + behaviour);
        }
    }

    private void ringCustomer() {
        board.newstate(customer.outer(), Channel.RINGING);
        board.dialState(operator.outer(), customer.outer(), "RINGING");
    }

    /** Busy, or congestion: the sequences of AMI-EVENTS.md. */
    private void refused() {
        boolean busy = behaviour.kind() == Behaviour.Kind.BUSY;
        if (busy) {
            board.newstate(customer.inner(), Channel.BUSY);
        }
        succeeded();
        board.dialEnd(operator.outer(), customer.outer(), busy ? "BUSY" : "CONGESTION");
        int cause = busy ? 17 : 34;
        // a Local customer: ;1 says 0 and ;2 the cause (AMI-EVENTS.md); one trunk channel says the cause itself
        board.hangup(customer.outer(), customer.inner() == null ? cause : 0);
        board.hangup(operator.outer(), 16);
        board.hangup(operator.inner(), 16);
        board.hangup(customer.inner(), cause);
        phase = Phase.ENDED;
    }

    private void notAnswered() {
        board.dialEnd(operator.outer(), customer.outer(), "NOANSWER");
        board.hangup(customer.outer(), 0);
        board.hangup(customer.inner(), 0);
        board.hangup(operator.outer(), 16);
        board.hangup(operator.inner(), 16);
        phase = Phase.ENDED;
    }

    private void customerAnswered() {
        board.newstate(customer.inner(), Channel.UP);
        board.newstate(customer.outer(), Channel.UP);
        board.dialEnd(operator.outer(), customer.outer(), "ANSWER");
        bridge = board.bridgeCreate();
        board.bridgeEnter(bridge, operator.outer(), 1);
        board.bridgeEnter(bridge, customer.outer(), 2);
        phase = Phase.TALKING;
        talkEnds = Instant.now().plus(behaviour.talk());
        later(behaviour.talk(), this::customerHungUp);
    }

    private void customerHungUp() {
        board.hangup(customer.inner(), 16);
        board.bridgeLeave(bridge, customer.outer(), 1);
        board.bridgeLeave(bridge, operator.outer(), 0);
        board.hangup(customer.outer(), 16);
        board.bridgeDestroy(bridge);
        board.hangup(operator.outer(), 16);
        board.hangup(operator.inner(), 16);
        phase = Phase.ENDED;
    }

    @Override
    void hangupRequested(Channel channel) {
        cancelPending();
        boolean operatorSide = operator.both().contains(channel);
        switch (phase) {
            case OPERATOR_RINGING -> failWithHangups(1, List.of(() -> board.hangup(operator.outer(), 16),
                    () -> board.hangup(operator.inner(), 16)));
            case CUSTOMER_RINGING -> {
                succeeded();
                board.dialEnd(operator.outer(), customer.outer(), "CANCEL");
                board.hangup(customer.outer(), 0);
                board.hangup(customer.inner(), 16);
                board.hangup(operator.outer(), 16);
                board.hangup(operator.inner(), 16);
            }
            case TALKING -> {
                if (operatorSide) {
                    board.bridgeLeave(bridge, operator.outer(), 1);
                    board.hangup(operator.outer(), 16);
                    board.bridgeLeave(bridge, customer.outer(), 0);
                    board.hangup(customer.outer(), 16);
                    board.bridgeDestroy(bridge);
                    board.hangup(customer.inner(), 16);
                    board.hangup(operator.inner(), 16);
                } else {
                    customerHungUp();
                }
            }
            default -> {
            }
        }
        phase = Phase.ENDED;
    }

    @Override
    boolean redirect(Channel channel, String newContext, String newExten) {
        if (phase != Phase.TALKING || customer == null || !customer.both().contains(channel)) {
            return false;
        }
        cancelPending();
        Channel moved = customer.outer();
        board.bridgeLeave(bridge, moved, 1);
        board.bridgeLeave(bridge, operator.outer(), 0);
        board.bridgeDestroy(bridge);
        board.hangup(operator.outer(), 16);
        board.hangup(operator.inner(), 16);
        phase = Phase.ENDED;
        continueAt(moved, customer.inner(), newContext, newExten);
        return true;
    }
}
