package it.callcenter.pbx;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * A call on the simulated PBX: its channels, its next timed steps, and what it does when asked to hang up a channel
 * or to redirect one (a blind transfer). Runs on the simulator's thread only.
 */
abstract class Call {

    protected final Switchboard board;
    private final List<ScheduledFuture<?>> pending = new ArrayList<>();
    /** When the customer hangs up by themselves, if the call is answered. */
    protected Instant talkEnds;

    Call(Switchboard board) {
        this.board = board;
    }

    protected void later(Duration delay, Runnable step) {
        pending.add(board.later(delay, step));
    }

    void cancelPending() {
        pending.forEach(step -> step.cancel(false));
        pending.clear();
    }

    /** The Hangup action named one of this call's channels. */
    abstract void hangupRequested(Channel channel);

    /** The Redirect action named one of this call's channels; false when this channel cannot be redirected now. */
    abstract boolean redirect(Channel channel, String context, String exten);

    /**
     * The customer's channel, out of its bridge, goes on at {@code context}/{@code exten}: an operator's phone when the
     * context is the operators' one, else a number of the public network. The customer talks for what was left.
     */
    protected void continueAt(Channel customer, Channel customerInner, String context, String exten) {
        customer.context = context;
        customer.exten = exten;
        customer.priority = 1;
        Duration left = talkEnds == null ? Duration.ofSeconds(5) : Duration.between(Instant.now(), talkEnds);
        if (left.compareTo(Duration.ofSeconds(1)) < 0) {
            left = Duration.ofSeconds(1);
        }
        boolean toOperator = board.settings.operatorContext().equals(context);
        String dial = toOperator ? board.settings.operatorDial(exten) : board.settings.customerDial(exten);
        Duration answerAfter = toOperator ? board.settings.operatorAnswerDelay() : Duration.ofSeconds(1);
        new RingingCall(board, customer, customerInner, dial, dial.substring(dial.indexOf('/') + 1), answerAfter, left).start();
    }
}
