package it.callcenter.telephony;

import it.callcenter.BusinessException;
import it.callcenter.platform.Rows;
import it.callcenter.queue.Dispatched;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.queue.PauseReason;
import it.callcenter.queue.QueueService;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An operator's pause: on the board (presence PAUSED, "next customer" answers PAUSED) and in the PBX's queue
 * (QueuePause of the operator's phone), so no queue call rings them meanwhile. The board is what counts: an operator
 * whose phone is in no queue, or a PBX that cannot be reached, still pauses (the queue is paused again when the
 * connection comes back, {@link #resyncQueue}). A pause taken on the PBX side (a phone's feature code) shows on the
 * board too.
 */
@Stateless
public class OperatorPause {

    private static final Logger LOG = Logger.getLogger(OperatorPause.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private OperatorPresence presence;

    @EJB
    private QueueService queue;

    @EJB
    private Pbx pbx;

    @Inject
    private TelephonyConfiguration configuration;

    // Each presence change commits on its own before the PBX is asked, so the PBX's QueueMemberPause event, applied on
    // another thread, finds the board already as it should be and leaves it alone.

    /** What the pause answers: the reason, and whether the PBX's queue was paused too. */
    public record Paused(String state, String reason, boolean queuePaused) {
    }

    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Paused pause(String reason) {
        PauseReason why = reason(reason);
        String me = session.getCallerPrincipal().getName();
        presence.paused(me, why.name());
        return new Paused("PAUSED", why.name(), queue(me, true, why.name()));
    }

    /** Back from the pause: holding the entry they held before, else idle. */
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume() {
        String me = session.getCallerPrincipal().getName();
        if (!presence.isPaused(me)) {
            return;
        }
        (session.isCallerInRole(Role.OPERATOR_NAME) ? queue.current() : Optional.<Dispatched>empty()).ifPresentOrElse(held -> presence.holding(me, held.campaignId(), held.entryId()),
                () -> presence.idle(me));
        queue(me, false, null);
    }

    /** The PBX says a member was paused or unpaused: the board follows when the phone is an operator's. */
    @PermitAll
    public void pbxSaid(PbxEvent.MemberPaused event) {
        Optional<String> user = configuration.settings().operatorChannels().extensionOf(event.iface()).flatMap(this::userOf);
        if (user.isEmpty()) {
            return;
        }
        boolean paused = presence.isPaused(user.get());
        if (event.paused() && !paused) {
            String reason = event.reason() == null || event.reason().isBlank() ? PauseReason.OTHER.name()
                    : event.reason().strip().toUpperCase(Locale.ROOT);
            presence.paused(user.get(), reason.length() > 32 ? reason.substring(0, 32) : reason);
        } else if (!event.paused() && paused) {
            presence.idle(user.get());
        }
    }

    /** After a reconnect: every operator paused on the board is paused in the queue again (a restarted PBX forgot). */
    @PermitAll
    public int resyncQueue() {
        int paused = 0;
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT u.username, u.extension, o.pause_reason"
                + " FROM operator_presence o JOIN app_user u ON u.username = o.username"
                + " WHERE o.state = 'PAUSED' AND u.extension IS NOT NULL"))) {
            if (pause((String) r[1], true, (String) r[2])) {
                paused++;
            }
        }
        return paused;
    }

    private boolean queue(String username, boolean paused, String reason) {
        List<?> extension = em.createNativeQuery("SELECT extension FROM app_user WHERE username = ?1 AND extension IS NOT NULL")
                .setParameter(1, username).getResultList();
        return !extension.isEmpty() && pause((String) extension.get(0), paused, reason);
    }

    private boolean pause(String extension, boolean paused, String reason) {
        TelephonySettings settings = configuration.settings();
        if (!pbx.isUp()) {
            return false;
        }
        try {
            return pbx.pause(settings.queue(), settings.operatorChannels().of(extension), paused, reason);
        } catch (PbxException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Queue pause of extension " + extension + " failed: " + e.getMessage());
            return false;
        }
    }

    private Optional<String> userOf(String extension) {
        List<?> rows = em.createNativeQuery("SELECT username FROM app_user WHERE extension = ?1 AND enabled"
                + " ORDER BY username LIMIT 1").setParameter(1, extension).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    private static PauseReason reason(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("reason", "REQUIRED");
        }
        try {
            return PauseReason.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("reason", "PAUSE_REASON_INVALID");
        }
    }
}
