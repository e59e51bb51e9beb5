package it.callcenter.web.view.operator;

import it.callcenter.platform.ClusterSignal;
import it.callcenter.platform.ClusterSignals;
import it.callcenter.telephony.CallStateChanged;
import it.callcenter.telephony.InboundCall;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
 *
 * <p>In a cluster the call is written (and this event fired) by whichever node applied the PBX's event or the
 * operator's request, while the operator's pages may hold their socket on another node: every message is also
 * signalled to the other nodes ({@link ClusterSignals}), each of which sends it to the pages of that operator it holds.
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

    @EJB
    private ClusterSignals cluster;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallStateChanged change) {
        send(change.operator(), "state", change.callId(), change.state().name(), true);
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundCall call) {
        send(call.operator(), "inbound", call.callId(), null, true);
    }

    /** A message another node sent to its own pages: this node's pages of the operator get it too. */
    void on(@Observes ClusterSignal signal) {
        if (!CHANNEL.equals(signal.channel())) {
            return;
        }
        String[] parts = signal.message().split("\t", -1);
        if (parts.length == 4) {
            try {
                send(parts[0], parts[1], Long.parseLong(parts[2]), parts[3].isEmpty() ? null : parts[3], false);
            } catch (NumberFormatException e) {
                LOG.warning(() -> "calls: signal not understood: " + signal.message());
            }
        }
    }

    private void send(String operator, String kind, long callId, String state, boolean signal) {
        if (operator == null) {
            return;
        }
        Map<String, Object> message = state == null ? Map.of("kind", kind, "callId", callId)
                : Map.of("kind", kind, "callId", callId, "state", state);
        try {
            executor.execute(() -> {
                try {
                    int sent = context().send(message, operator).size();
                    LOG.fine(() -> "calls: " + message + " to " + operator + " (" + sent + " pages)");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "calls: " + message + " not pushed to " + operator, e);
                }
                if (signal) {
                    cluster.publish(CHANNEL, String.join("\t", operator, kind, Long.toString(callId), state == null ? "" : state));
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
