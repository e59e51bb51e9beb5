package it.callcenter.telephony;

import it.callcenter.platform.BackgroundJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Duration;
import java.time.Instant;

/**
 * Every minute, on one node, the reconciliation of {@link CallReconciliation} for calls in progress for more than a
 * minute: whatever was missed (a node that died with its events, a PBX that lost a call silently) ends within a minute
 * or two rather than at the next reconnect.
 */
@Stateless
public class CallSweep implements BackgroundJob {

    static final Duration MARGIN = Duration.ofMinutes(1);

    @EJB
    private Pbx pbx;

    @EJB
    private CallReconciliation reconciliation;

    @Override
    public String name() {
        return "telephony.call-sweep";
    }

    @Override
    public int intervalSeconds() {
        return 60;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String run() {
        if (!pbx.isUp()) {
            return "PBX down: nothing swept";
        }
        int ended = reconciliation.reconcile(Instant.now().minus(MARGIN));
        return ended < 0 ? "PBX did not answer" : ended + " lost calls ended";
    }
}
