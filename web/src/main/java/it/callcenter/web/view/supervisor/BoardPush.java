package it.callcenter.web.view.supervisor;

import it.callcenter.queue.BoardChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Tells the open boards that something changed, through the Faces websocket channel {@value #CHANNEL}, after the
 * change is committed (a change rolled back is never shown). The message carries nothing: each board reads the
 * figures again with its user's rights (supervisor/board.xhtml), so the channel leaks nothing to whoever opens it.
 */
@ApplicationScoped
public class BoardPush {

    public static final String CHANNEL = "board";

    @Inject
    @Push(channel = CHANNEL)
    private PushContext board;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        board.send("changed");
    }
}
