package it.callcenter.telephony;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A call never stays in progress forever: events missed while the connection was down are made good by asking the
 * PBX which channels are up (CoreShowChannels). Every event received before the answer is applied first; then each
 * call in progress that began before {@code before} and has no channel left is over (HUNG_UP, how unknown: LOST).
 */
@Stateless
@PermitAll
public class CallReconciliation {

    private static final Logger LOG = Logger.getLogger(CallReconciliation.class.getName());
    /** A call never tied to a channel is over once its originate's timeout has long passed. */
    static final Duration UNLINKED_GRACE = Duration.ofSeconds(30);

    @EJB
    private Pbx pbx;

    @EJB
    private CallEvents calls;

    @Inject
    private CallEventLanes lanes;

    @Inject
    private TelephonyConfiguration configuration;

    /** Answers how many calls it ended, or -1 when the PBX could not be asked. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int reconcile(Instant before) {
        String[] live;
        try {
            live = pbx.channels().stream().map(Pbx.LiveChannel::linkedid).filter(l -> l != null).distinct()
                    .toArray(String[]::new);
        } catch (PbxException e) {
            LOG.log(Level.WARNING, "Cannot list the PBX's channels: " + e.getMessage());
            return -1;
        }
        lanes.drain();
        Instant unlinkedBefore = before.minus(configuration.settings().originateTimeout()).minus(UNLINKED_GRACE);
        return calls.endLost(live, before, unlinkedBefore);
    }
}
