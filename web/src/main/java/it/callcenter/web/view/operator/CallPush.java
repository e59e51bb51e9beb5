package it.callcenter.web.view.operator;

import it.callcenter.telephony.CallStateChanged;
import it.callcenter.telephony.InboundCall;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells an operator's open pages that one of their calls moved, through the Faces websocket channel {@value #CHANNEL}
 * opened per user (WEB-INF/includes/call-pop.xhtml, in the main template), once the change is committed: the same
 * mechanism as the supervisor's board ({@code BoardPush}). The message carries only the call's id and what happened;
 * the page reads the call again with its user's rights (the workstation's call bar, the inbound pop).
 */
@ApplicationScoped
public class CallPush {

    public static final String CHANNEL = "calls";
    private static final Logger LOG = Logger.getLogger(CallPush.class.getName());

    @Resource
    private ManagedExecutorService executor;

    /**
     * Resolved in the executor's thread, where no HTTP session is active, by this module's bean manager: the thread
     * that commits may be an EJB's, whose module ({@code CDI.current()}) does not see Mojarra's producer.
     */
    @Inject
    @Push(channel = CHANNEL)
    private Instance<PushContext> calls;

    private volatile PushContext context;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallStateChanged change) {
        send(change.operator(), Map.of("kind", "state", "callId", change.callId(), "state", change.state().name()));
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundCall call) {
        send(call.operator(), Map.of("kind", "inbound", "callId", call.callId()));
    }

    private void send(String operator, Map<String, Object> message) {
        if (operator == null) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    int sent = context().send(message, operator).size();
                    LOG.fine(() -> "calls: " + message + " to " + operator + " (" + sent + " pages)");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "calls: " + message + " not pushed to " + operator, e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // the server is stopping: no page will read it
        }
    }

    private PushContext context() {
        if (context == null) {
            context = calls.get();
        }
        return context;
    }
}
