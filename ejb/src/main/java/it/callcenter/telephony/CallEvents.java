package it.callcenter.telephony;

import it.callcenter.platform.Node;
import it.callcenter.platform.Rows;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.registry.PhoneNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies one PBX event to the calls, in a transaction of its own, with the statements of {@link CallSql}: each one
 * conditional, so the same event seen twice (two nodes on one PBX, a replay after a reconnect) writes once. Only the
 * writer tells: {@link CallStateChanged}, {@link InboundCall}, and the operator's presence (in a call, or back to what
 * they were doing).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallEvents {

    static final String MIXMONITOR_FILENAME = "MIXMONITOR_FILENAME";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TelephonyConfiguration configuration;

    @Inject
    private Event<CallStateChanged> changes;

    @Inject
    private Event<InboundCall> inbound;

    @EJB
    private OperatorPresence presence;

    /** Applies the event; answers how many calls changed state because of it. */
    public int apply(PbxEvent event) {
        if (event instanceof PbxEvent.VariableSet v) {
            variable(v);
        } else if (event instanceof PbxEvent.DialStarted d) {
            return dialStarted(d);
        } else if (event instanceof PbxEvent.DialEnded d) {
            return dialEnded(d);
        } else if (event instanceof PbxEvent.Bridged b) {
            return changed(Sql.of(CallSql.BRIDGED).bind("linkedid", b.linkedid())
                    .bind("leg", OperatorChannels.leg(b.channel())), b.at());
        } else if (event instanceof PbxEvent.HungUp h) {
            return hungUp(h);
        } else if (event instanceof PbxEvent.OriginateResult o) {
            return originateResult(o);
        }
        return 0;
    }

    private void variable(PbxEvent.VariableSet v) {
        if (Pbx.CALL_VARIABLE.equals(v.variable())) {
            callId(v.value()).ifPresent(id -> Sql.of(CallSql.TAGGED).bind("linkedid", v.linkedid())
                    .bind("leg", OperatorChannels.leg(v.channel())).bind("uniqueid", v.uniqueid()).bind("id", id)
                    .query(em).executeUpdate());
        } else if (MIXMONITOR_FILENAME.equals(v.variable()) && v.value() != null && !v.value().isBlank()) {
            String file = v.value().length() > 255 ? v.value().substring(v.value().length() - 255) : v.value();
            Sql.of(CallSql.RECORDING).bind("file", file).bind("linkedid", v.linkedid())
                    .bind("leg", OperatorChannels.leg(v.channel())).query(em).executeUpdate();
        }
    }

    private static Optional<Long> callId(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private int dialStarted(PbxEvent.DialStarted d) {
        if (d.source() == null) {
            return 0; // an originate rings the operator's phone: the call is DIALING already
        }
        // an outbound call's operator leg dialling out (a trunk channel may look like a phone: PJSIP/trunk-0000000b)
        int dialled = changed(Sql.of(CallSql.CUSTOMER_DIALLED).bind("destination", OperatorChannels.leg(d.destination()))
                .bind("destinationUniqueid", d.destinationUniqueid()).bind("linkedid", d.linkedid())
                .bind("source", OperatorChannels.leg(d.source())), d.at());
        if (dialled > 0) {
            return dialled;
        }
        // else a call ringing a phone: an operator's, if a user has that extension
        Optional<String> extension = configuration.settings().operatorChannels().extensionOf(d.destination());
        return extension.isPresent() ? inboundCall(d, extension.get()) : 0;
    }

    private int inboundCall(PbxEvent.DialStarted d, String extension) {
        String callerId = d.callerIdNumber() == null ? "" : d.callerIdNumber().strip();
        String e164 = PhoneNumber.searchKey(callerId);
        String number = e164 != null ? e164 : callerId.isEmpty() ? "unknown" : callerId;
        List<Object[]> made = Rows.of(Sql.of(CallSql.INBOUND).bind("extension", extension).bind("linkedid", d.linkedid())
                .bind("number", number.length() > 32 ? number.substring(0, 32) : number).bind("e164", e164)
                .bind("at", d.at()).bind("destination", OperatorChannels.leg(d.destination()))
                .bind("destinationUniqueid", d.destinationUniqueid()).bind("source", OperatorChannels.leg(d.source()))
                .bind("sourceUniqueid", d.sourceUniqueid()).bind("node", Node.name()).query(em));
        for (Object[] row : made) {
            Changed call = Changed.of(row);
            inbound.fire(new InboundCall(call.id(), call.operator(), call.number(), call.partyId()));
            tell(call);
        }
        return made.size();
    }

    private int dialEnded(PbxEvent.DialEnded d) {
        String destination = OperatorChannels.leg(d.destination());
        if (d.source() == null) {
            CallDisposition failed = CallDisposition.ofOperatorDial(d.status());
            return failed == null ? 0 : changed(Sql.of(CallSql.OPERATOR_LEG_FAILED).bind("disposition", failed.name())
                    .bind("linkedid", d.linkedid()).bind("destination", destination), d.at());
        }
        if ("ANSWER".equals(d.status())) {
            return changed(Sql.of(CallSql.ANSWERED).bind("linkedid", d.linkedid()).bind("destination", destination)
                    .bind("destinationUniqueid", d.destinationUniqueid()), d.at());
        }
        CallDisposition disposition = CallDisposition.ofCustomerDial(d.status());
        if (disposition != null || "CANCEL".equals(d.status())) {
            Sql.of(CallSql.DIAL_REFUSED).bind("status", d.status())
                    .bind("disposition", disposition == null ? null : disposition.name()).bind("linkedid", d.linkedid())
                    .bind("destination", destination).bind("destinationUniqueid", d.destinationUniqueid())
                    .query(em).executeUpdate();
        }
        return 0;
    }

    private int hungUp(PbxEvent.HungUp h) {
        String leg = OperatorChannels.leg(h.channel());
        int ended = changed(Sql.of(CallSql.HUNG_UP).bind("cause", h.cause()).bind("leg", leg)
                .bind("linkedid", h.linkedid()), h.at());
        if (ended == 0 && h.cause() != 0) {
            Sql.of(CallSql.LATE_CAUSE).bind("cause", h.cause()).bind("linkedid", h.linkedid()).bind("leg", leg)
                    .query(em).executeUpdate();
        }
        return ended;
    }

    private int originateResult(PbxEvent.OriginateResult o) {
        if (o.actionId() == null) {
            return 0;
        }
        if (o.success()) {
            if (o.uniqueid() != null) {
                Sql.of(CallSql.ORIGINATED).bind("uniqueid", o.uniqueid()).bind("leg", OperatorChannels.leg(o.channel()))
                        .bind("actionId", o.actionId()).query(em).executeUpdate();
            }
            return 0;
        }
        return changed(Sql.of(CallSql.ORIGINATE_FAILED)
                .bind("disposition", CallDisposition.ofOriginateFailure(o.reason()).name())
                .bind("actionId", o.actionId()), o.at());
    }

    /**
     * Ends the calls in progress that began before {@code before} whose Linkedid is not {@code live} (or that were never
     * tied to a channel and began before {@code unlinkedBefore}): HUNG_UP, disposition LOST.
     */
    public int endLost(String[] live, Instant before, Instant unlinkedBefore) {
        return changed(Sql.of(CallSql.LOST).bind("before", before).bind("live", live)
                .bind("unlinkedBefore", unlinkedBefore), Instant.now());
    }

    /** Runs a logged statement (binding its time and node) and tells about each call it changed. */
    int changed(Sql statement, Instant at) {
        List<Object[]> rows = Rows.of(statement.bind("at", at).bind("node", Node.name()).query(em));
        rows.forEach(row -> tell(Changed.of(row)));
        return rows.size();
    }

    private void tell(Changed call) {
        changes.fire(new CallStateChanged(call.id(), call.operator(), call.direction(), call.state(), call.disposition(),
                call.partyId(), call.entryId(), call.number()));
        if (call.state().isFinal()) {
            presence.callEnded(call.operator());
        } else if (call.state() == CallState.ANSWERED && call.direction() == CallDirection.INBOUND) {
            presence.inCall(call.operator());
        }
    }

    /** A call as a logged statement returns it ({@link CallSql#CHANGED_COLUMNS}). */
    record Changed(long id, CallDirection direction, CallState state, CallDisposition disposition, String operator,
                   Long partyId, Long entryId, String number) {
        static Changed of(Object[] r) {
            return new Changed(Rows.number(r[0]), CallDirection.valueOf((String) r[1]), CallState.valueOf((String) r[2]),
                    r[3] == null ? null : CallDisposition.valueOf((String) r[3]), (String) r[4], Rows.numberOrNull(r[5]),
                    Rows.numberOrNull(r[6]), (String) r[7]);
        }
    }
}
