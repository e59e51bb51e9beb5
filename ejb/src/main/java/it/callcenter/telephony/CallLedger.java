package it.callcenter.telephony;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.campaign.Campaign;
import it.callcenter.compliance.CallPermission;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Node;
import it.callcenter.platform.Rows;
import it.callcenter.queue.EntryNotHeldException;
import it.callcenter.queue.OperatorPresence;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The two transactions of a dial ({@link CallService#dial}): the call is checked and stored (DIALING) and committed
 * before the Originate goes out, so the PBX's first event always finds it; and, if the PBX refuses or cannot be
 * reached, it is marked FAILED.
 *
 * <p>What is checked again at the moment of dialling: the operator has a phone (an extension), is not on a pause and
 * is in no other call. An entry's call: the operator holds the entry, the campaign's windows are open now, and the
 * number passes the campaign's rule ({@link CallPermission}: do-not-call, the campaign's consent, a fresh RPO check
 * when it asks for one). A call to a party outside any campaign (a service call: a customer who asked to be called,
 * a callback of a complaint) needs no marketing consent and no RPO check, those rules are for promotions; but never
 * a number on the do-not-call list (the customer asked not to be called, or opposed in the register), only within the
 * service-call windows (the legal ones unless set), and only one of the party's own phones, so no number reaches the
 * PBX that the registry does not know.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallLedger {

    /** A call left "in progress" longer than this does not stop the operator from dialling (the sweep ends it). */
    static final String RECENT = "interval '2 hours'";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private OperatorPresence presence;

    @EJB
    private PartyService parties;

    @Inject
    private TelephonyConfiguration configuration;

    @Inject
    private Event<CallStateChanged> changes;

    /** What the Originate needs of a stored call. */
    public record Opened(long callId, String actionId, String operatorChannel, String dialled) {
    }

    private record Target(long partyId, Long entryId, Long campaignId, String number) {
    }

    public Opened open(DialRequest request) {
        String me = session.getCallerPrincipal().getName();
        String extension = lockOperator(me);
        if (extension == null || extension.isBlank()) {
            throw new BusinessException(null, "NO_EXTENSION");
        }
        if (presence.isPaused(me)) {
            throw new CallConflictException("OPERATOR_PAUSED");
        }
        if (!em.createNativeQuery("SELECT 1 FROM call WHERE operator = ?1 AND state IN " + CallSql.IN_PROGRESS
                + " AND started_at > now() - " + RECENT).setParameter(1, me).getResultList().isEmpty()) {
            throw new CallConflictException("CALL_IN_PROGRESS");
        }
        Target target = request == null ? null : request.entryId() != null ? entry(me, request.entryId())
                : request.partyId() != null ? party(me, request.partyId(), request.number()) : null;
        if (target == null) {
            throw new BusinessException("entryId", "DIAL_TARGET_REQUIRED");
        }
        TelephonySettings settings = configuration.settings();
        String dialled = settings.dialRules().dial(target.number());
        long id = ((Number) em.createNativeQuery("SELECT nextval('call_seq')").getSingleResult()).longValue();
        String actionId = "call-" + id;
        Instant now = Instant.now();
        Sql.of("INSERT INTO call (id, direction, state, operator, party_id, entry_id, campaign_id, number, dialled,"
                        + " started_at, action_id) VALUES (:id, 'OUTBOUND', 'DIALING', :operator, :party,"
                        + " CAST(:entry AS bigint), CAST(:campaign AS bigint), :number, :dialled, :at, :actionId)")
                .bind("id", id).bind("operator", me).bind("party", target.partyId()).bind("entry", target.entryId())
                .bind("campaign", target.campaignId()).bind("number", target.number()).bind("dialled", dialled)
                .bind("at", now).bind("actionId", actionId).query(em).executeUpdate();
        Sql.of("INSERT INTO call_state_change (call_id, state, at, applied_at, node)"
                        + " VALUES (:id, 'DIALING', :at, clock_timestamp(), :node)")
                .bind("id", id).bind("at", now).bind("node", Node.name()).query(em).executeUpdate();
        if (target.entryId() != null) {
            presence.inCall(me, target.campaignId(), target.entryId());
        } else {
            presence.inCall(me);
        }
        changes.fire(new CallStateChanged(id, me, CallDirection.OUTBOUND, CallState.DIALING, null, target.partyId(),
                target.entryId(), target.number()));
        return new Opened(id, actionId, settings.operatorChannels().of(extension), dialled);
    }

    /** The PBX refused the Originate, or could not be asked: the call failed before it began. */
    @RolesAllowed({Role.OPERATOR_NAME})
    public void failed(long callId) {
        List<Object[]> rows = Rows.of(Sql.of(CallSql.logged("UPDATE call SET state = 'FAILED', disposition = 'FAILED',"
                        + " ended_at = :at, version = version + 1 WHERE id = :id AND state = 'DIALING'"))
                .bind("id", callId).bind("at", Instant.now()).bind("node", Node.name()).query(em));
        for (Object[] row : rows) {
            CallEvents.Changed call = CallEvents.Changed.of(row);
            changes.fire(new CallStateChanged(call.id(), call.operator(), call.direction(), call.state(),
                    call.disposition(), call.partyId(), call.entryId(), call.number()));
            presence.callEnded(call.operator());
        }
    }

    /** The operator's phone, their row locked so that two dials of theirs at once are made one after the other. */
    private String lockOperator(String me) {
        List<?> rows = em.createNativeQuery("SELECT extension FROM app_user WHERE username = ?1 FOR UPDATE")
                .setParameter(1, me).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private Target entry(String me, long entryId) {
        List<Object[]> rows = Rows.of(em.createNativeQuery("SELECT party_id, campaign_id, phone FROM campaign_entry"
                + " WHERE id = ?1 AND held_by = ?2 AND state = 'HELD'").setParameter(1, entryId).setParameter(2, me));
        if (rows.isEmpty()) {
            throw new EntryNotHeldException(entryId);
        }
        Object[] row = rows.get(0);
        long campaignId = Rows.number(row[1]);
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new NotFoundException("campaign " + campaignId);
        }
        CallPermission permission = new CallPermission(campaign.getRequiredConsent(), campaign.isRequiresRpoCheck());
        List<?> refusal = em.createNativeQuery("SELECT CASE" + permission.refusalBranches("e.phone", "p", "r")
                + " END FROM campaign_entry e JOIN party p ON p.id = e.party_id" + permission.freshRpoJoin("e.phone", "r")
                + " WHERE e.id = ?1").setParameter(1, entryId).getResultList();
        refuse(refusal.isEmpty() ? null : (String) refusal.get(0));
        requireOpen(campaign.callWindows());
        return new Target(Rows.number(row[0]), entryId, campaignId, (String) row[2]);
    }

    private Target party(String me, long partyId, String number) {
        if (!parties.isVisible(partyId) && !PartyAccessGrants.anyGrants(me, partyId)) {
            throw new NotFoundException("party " + partyId);
        }
        String e164 = PhoneNumber.of(number, "number").value();
        if (em.createNativeQuery("SELECT 1 FROM party_contact WHERE party_id = ?1 AND search_key = ?2"
                + " AND kind IN ('MOBILE', 'PHONE')").setParameter(1, partyId).setParameter(2, e164)
                .getResultList().isEmpty()) {
            throw new BusinessException("number", "NUMBER_NOT_OF_PARTY");
        }
        List<?> barred = em.createNativeQuery("SELECT 1 WHERE " + CallPermission.onDoNotCall("CAST(?1 AS varchar)"))
                .setParameter(1, e164).getResultList();
        refuse(barred.isEmpty() ? null : CallPermission.Refusal.DNC.name());
        requireOpen(configuration.settings().serviceCallWindows());
        return new Target(partyId, null, null, e164);
    }

    private static void requireOpen(CallWindows windows) {
        ZonedDateTime now = ZonedDateTime.now(CallWindows.ITALY);
        if (!windows.isOpen(now)) {
            throw new BusinessException("number", "CALL_WINDOW",
                    windows.nextOpening(now).map(ZonedDateTime::toString).orElse(""));
        }
    }

    private static void refuse(String refusal) {
        if (refusal == null) {
            return;
        }
        throw new BusinessException("number", switch (CallPermission.Refusal.valueOf(refusal)) {
            case DNC -> "DO_NOT_CALL";
            case NO_CONSENT -> "NO_CONSENT";
            case NO_RPO -> "RPO_STALE";
        });
    }
}
