package it.callcenter.web.view.supervisor;

import it.callcenter.platform.ClusterSignal;
import it.callcenter.platform.ClusterSignals;
import it.callcenter.queue.BoardChanged;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the open boards that something changed, through the Faces websocket channel {@value #CHANNEL}, once the
 * change is committed (a change rolled back is never shown). The message carries nothing: each board reads the
 * figures again with its user's rights (supervisor/board.xhtml), so the channel tells nothing to whoever opens it.
 *
 * <p>The message leaves from the container's executor, not from the thread that committed: the operator's request
 * does not wait for the browsers, and the push context is made where no HTTP session is active (Mojarra's, made in
 * a request without a Faces context, fails). It leaves {@value #GATHER_MILLIS} ms after the first change it tells,
 * and the changes that come meanwhile ride with it: with 200 operators changing state several times a second, a
 * board reads its figures at most four times a second, not once a change.
 *
 * <p>In a cluster each node's boards are told by that node: a change committed here is also signalled to the other
 * nodes ({@link ClusterSignals}, from the same executor's thread), and a change signalled by another node is told to
 * this node's boards (not signalled again), so a board shows the operators of every node without a reload.
 */
@ApplicationScoped
public class BoardPush {

    public static final String CHANNEL = "board";
    static final long GATHER_MILLIS = 250;

    @Resource
    private ManagedScheduledExecutorService executor;

    @EJB
    private ClusterSignals cluster;

    private final AtomicBoolean waiting = new AtomicBoolean();
    /** A change of this node waits to be signalled to the others. */
    private final AtomicBoolean local = new AtomicBoolean();
    /** Resolved by this module's bean manager: a change committed by an EJB's thread (the PBX's events) sees no Faces. */
    @Inject
    @Push(channel = CHANNEL)
    private Instance<PushContext> boards;

    private volatile PushContext board;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        local.set(true);
        schedule();
    }

    /** A change another node committed: this node's boards read their figures again. */
    void on(@Observes ClusterSignal signal) {
        if (CHANNEL.equals(signal.channel())) {
            schedule();
        }
    }

    private void schedule() {
        if (waiting.compareAndSet(false, true)) {
            try {
                executor.schedule(this::send, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // the server is stopping: no board will read it
                waiting.set(false);
            }
        }
    }

    private void send() {
        waiting.set(false);
        if (board == null) {
            board = boards.get();
        }
        board.send("changed");
        if (local.getAndSet(false)) {
            cluster.publish(CHANNEL, "changed");
        }
    }
}
