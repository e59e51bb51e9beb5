package it.callcenter.web.view.supervisor;

import it.callcenter.queue.BoardChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the open boards that something changed, through the Faces websocket channel {@value #CHANNEL}, once the
 * change is committed (a change rolled back is never shown). The message carries nothing: each board reads the
 * figures again with its user's rights (supervisor/board.xhtml), so the channel tells nothing to whoever opens it.
 *
 * <p>The message leaves from the container's executor, not from the thread that committed: the operator's request
 * does not wait for the browsers, and the push context is made where no HTTP session is active (Mojarra's, made in
 * a request without a Faces context, fails). Changes that come while a message waits to leave ride with it.
 */
@ApplicationScoped
public class BoardPush {

    public static final String CHANNEL = "board";

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean waiting = new AtomicBoolean();
    private volatile PushContext board;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        if (waiting.compareAndSet(false, true)) {
            try {
                executor.execute(this::send);
            } catch (RejectedExecutionException stopping) {
                // the server is stopping: no board will read it
                waiting.set(false);
            }
        }
    }

    private void send() {
        waiting.set(false);
        if (board == null) {
            board = CDI.current().select(PushContext.class, Push.Literal.of(CHANNEL)).get();
        }
        board.send("changed");
    }
}
