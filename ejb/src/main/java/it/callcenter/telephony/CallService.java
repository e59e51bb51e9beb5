package it.callcenter.telephony;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyAccessGrants;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PhoneNumber;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
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
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The calls an operator makes and sees: click-to-dial, hang-up, blind transfer, and the call log. Dialling is two
 * transactions around the Originate ({@link CallLedger}); everything after it is the PBX's events.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CallService {

    private static final Logger LOG = Logger.getLogger(CallService.class.getName());
    public static final int MAX_LOG = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private CallLedger ledger;

    @EJB
    private Pbx pbx;

    @EJB
    private PartyService parties;

    @Inject
    private TelephonyConfiguration configuration;

    /**
     * Dials: checks and stores the call (DIALING), then asks the PBX to ring the operator's phone and, once answered,
     * the customer's. Refusals: 422 (do-not-call, consent, RPO, calling window, a number not the party's, no
     * extension), 409 (another call in progress, on a pause, the entry not held), 503 when the PBX is unreachable.
     * A PBX that refuses the Originate leaves the call FAILED.
     */
    @RolesAllowed(Role.OPERATOR_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CallView dial(DialRequest request) {
        if (!pbx.isUp()) {
            throw new TelephonyDownException();
        }
        CallLedger.Opened call = ledger.open(request);
        TelephonySettings settings = configuration.settings();
        try {
            pbx.originate(new Pbx.Originate(call.actionId(), call.operatorChannel(), settings.context(), call.dialled(),
                    settings.callerId(), settings.originateTimeout(), Map.of(Pbx.CALL_VARIABLE, String.valueOf(call.callId()))));
        } catch (PbxException e) {
            LOG.log(Level.WARNING, "Originate of call " + call.callId() + " failed: " + e.getMessage());
            ledger.failed(call.callId());
            if (!e.refused()) {
                throw new TelephonyDownException();
            }
        }
        return view(call.callId());
    }

    /** A call: an operator sees their own, a supervisor any. */
    public CallView find(long callId) {
        CallView call = view(callId);
        if (!session.isCallerInRole(Role.SUPERVISOR_NAME) && !session.isCallerInRole(Role.MANAGER_NAME)
                && !session.isCallerInRole(Role.ADMIN_NAME) && !call.operator().equals(caller())) {
            throw new NotFoundException("call " + callId);
        }
        return call;
    }

    /** The party's calls, newest first: its call log, for whoever may see the party. */
    public List<CallView> ofParty(long partyId, int limit) {
        if (!parties.isVisible(partyId) && !PartyAccessGrants.anyGrants(caller(), partyId)) {
            throw new NotFoundException("party " + partyId);
        }
        return Rows.of(em.createNativeQuery("SELECT " + CallView.COLUMNS + " FROM call WHERE party_id = ?1"
                        + " ORDER BY started_at DESC, id DESC LIMIT ?2")
                .setParameter(1, partyId).setParameter(2, Math.max(1, Math.min(limit, MAX_LOG))))
                .stream().map(CallView::of).toList();
    }

    /** The operator's call in progress, if any: what the workstation shows after a reload. */
    @RolesAllowed(Role.OPERATOR_NAME)
    public java.util.Optional<CallView> current() {
        return Rows.of(em.createNativeQuery("SELECT " + CallView.COLUMNS + " FROM call WHERE operator = ?1 AND state IN "
                        + CallSql.IN_PROGRESS + " AND started_at > now() - " + CallLedger.RECENT
                        + " ORDER BY started_at DESC LIMIT 1").setParameter(1, caller()))
                .stream().findFirst().map(CallView::of);
    }

    /** Hangs up the caller's call: its end comes as the PBX's events. */
    @RolesAllowed(Role.OPERATOR_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CallView hangup(long callId) {
        Legs legs = ownInProgress(callId);
        if (legs.operatorChannel() == null) {
            throw new CallConflictException("CALL_NOT_CONNECTED");
        }
        try {
            pbx.hangup(channel(legs.operatorChannel()));
        } catch (PbxException e) {
            if (!e.refused()) {
                throw new TelephonyDownException();
            }
            // the channel is gone already: its Hangup event is on its way
        }
        return view(callId);
    }

    /**
     * Blind transfer: the customer's channel goes on to {@code to}, an operator's extension (rung in the operators'
     * context) or a phone number (dialled in the outbound context). The operator's leg then ends.
     */
    @RolesAllowed(Role.OPERATOR_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CallView transfer(long callId, String to) {
        Legs legs = ownInProgress(callId);
        if (legs.state() != CallState.ANSWERED || legs.customerChannel() == null) {
            throw new CallConflictException("CALL_NOT_ANSWERED");
        }
        TelephonySettings settings = configuration.settings();
        String target = to == null ? "" : to.strip();
        String context;
        String exten;
        if (target.matches("[0-9]{1,8}") && !em.createNativeQuery("SELECT 1 FROM app_user WHERE extension = ?1 AND enabled")
                .setParameter(1, target).getResultList().isEmpty()) {
            context = settings.operatorContext();
            exten = target;
        } else {
            String e164 = PhoneNumber.searchKey(target);
            if (e164 == null) {
                throw new BusinessException("to", "TRANSFER_TARGET_INVALID");
            }
            context = settings.context();
            exten = settings.dialRules().dial(e164);
            target = e164;
        }
        try {
            pbx.redirect(channel(legs.customerChannel()), context, exten);
        } catch (PbxException e) {
            if (e.refused()) {
                throw new CallConflictException("CALL_NOT_ANSWERED");
            }
            throw new TelephonyDownException();
        }
        em.createNativeQuery("UPDATE call SET transferred_to = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, target).setParameter(2, callId).executeUpdate();
        return view(callId);
    }

    private record Legs(CallState state, String operatorChannel, String customerChannel) {
    }

    private Legs ownInProgress(long callId) {
        List<Object[]> rows = Rows.of(em.createNativeQuery("SELECT state, operator_channel, customer_channel FROM call"
                + " WHERE id = ?1 AND operator = ?2").setParameter(1, callId).setParameter(2, caller()));
        if (rows.isEmpty()) {
            throw new NotFoundException("call " + callId);
        }
        CallState state = CallState.valueOf((String) rows.get(0)[0]);
        if (state.isFinal()) {
            throw new CallConflictException("CALL_NOT_IN_PROGRESS");
        }
        return new Legs(state, (String) rows.get(0)[1], (String) rows.get(0)[2]);
    }

    /** The channel to act on for a leg: a Local channel's outer half (;1), the one in the call. */
    static String channel(String leg) {
        return leg.startsWith("Local/") ? leg + ";1" : leg;
    }

    private CallView view(long callId) {
        return Rows.of(em.createNativeQuery("SELECT " + CallView.COLUMNS + " FROM call WHERE id = ?1").setParameter(1, callId))
                .stream().findFirst().map(CallView::of).orElseThrow(() -> new NotFoundException("call " + callId));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
