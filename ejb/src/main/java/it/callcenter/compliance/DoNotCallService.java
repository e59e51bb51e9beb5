package it.callcenter.compliance;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.registry.PhoneNumber;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The do-not-call list. A plain table keyed by the E.164 number, written with one idempotent statement: adding
 * a number twice keeps the first entry (its source and author), which is the one that matters for an audit.
 * Numbers are looked up however they were typed ({@link PhoneNumber}); an addition and a removal are audited under
 * the number's digits, since the list has no other key, and the addition names the number and its source.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class DoNotCallService {

    public static final String AUDIT_TYPE = "DO_NOT_CALL";
    static final String INVALID_NUMBER = "DNC_NUMBER_INVALID";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    @Inject
    private Event<NumberBarred> barred;

    /** Returns the number as stored (E.164); refuses a malformed number on field {@code number}. */
    public String add(String number, DoNotCallSource source) {
        String e164 = e164(number);
        if (source == null) {
            throw new BusinessException("source", "REQUIRED");
        }
        String caller = session.getCallerPrincipal().getName();
        int added = em.createNativeQuery("INSERT INTO do_not_call (number, source, added_at, added_by) VALUES (?, ?, now(), ?)"
                        + " ON CONFLICT (number) DO NOTHING")
                .setParameter(1, e164).setParameter(2, source.name()).setParameter(3, caller).executeUpdate();
        if (added > 0) {
            audit.record(AUDIT_TYPE, Long.parseLong(e164.substring(1)), AuditEntry.Action.CREATE,
                    List.of(AuditFields.of("number", e164), AuditFields.of("source", source)), caller);
        }
        barred.fire(new NumberBarred(e164));
        return e164;
    }

    /**
     * The customer asked on the phone not to be called again (the DO_NOT_CALL outcome): the operator who heard it
     * puts the number on the internal list.
     */
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public String addAtCustomersRequest(String number) {
        return add(number, DoNotCallSource.INTERNAL);
    }

    /** A page of the list, newest first; {@code number} (any format, blank for all) and {@code source} narrow it. */
    public List<DoNotCallEntry> list(String number, DoNotCallSource source, int first, int max) {
        Filter filter = Filter.of(number, source);
        Query query = filter.bind(em.createNativeQuery("SELECT number, source, added_at, added_by FROM do_not_call"
                + filter.where + " ORDER BY added_at DESC, number DESC LIMIT " + Math.max(1, max) + " OFFSET " + Math.max(0, first)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new DoNotCallEntry((String) r[0], DoNotCallSource.valueOf((String) r[1]),
                instant(r[2]), (String) r[3])).toList();
    }

    public long count(String number, DoNotCallSource source) {
        Filter filter = Filter.of(number, source);
        return ((Number) filter.bind(em.createNativeQuery("SELECT count(*) FROM do_not_call" + filter.where))
                .getSingleResult()).longValue();
    }

    /**
     * Takes a number off the list (administrators only). A number the register put there stays while its last RPO
     * check says opposed: calling it would break the law whatever the list says.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void remove(String number) {
        String e164 = e164(number);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.source, EXISTS (SELECT 1 FROM rpo_check r"
                        + " WHERE r.number = d.number AND r.opposed) FROM do_not_call d WHERE d.number = ? FOR UPDATE")
                .setParameter(1, e164).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("do-not-call " + e164);
        }
        if (DoNotCallSource.RPO.name().equals(rows.get(0)[0]) && Boolean.TRUE.equals(rows.get(0)[1])) {
            throw new BusinessException("number", "DNC_RPO_OPPOSED", NationalNumber.of(e164));
        }
        em.createNativeQuery("DELETE FROM do_not_call WHERE number = ?").setParameter(1, e164).executeUpdate();
        audit.record(AUDIT_TYPE, Long.parseLong(e164.substring(1)), AuditEntry.Action.DELETE,
                List.of("number", "source"), session.getCallerPrincipal().getName());
    }

    /** E.164, or a refusal that shows the user what was typed and how to write it. */
    static String e164(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new BusinessException("number", "REQUIRED");
        }
        String e164 = PhoneNumber.searchKey(typed);
        if (e164 == null) {
            throw new BusinessException("number", INVALID_NUMBER, typed.strip());
        }
        return e164;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /** The WHERE clause of a search and its values. */
    private record Filter(String where, List<Object> values) {
        static Filter of(String number, DoNotCallSource source) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (number != null && !number.isBlank()) {
                conditions.add("number = ?");
                values.add(e164(number));
            }
            if (source != null) {
                conditions.add("source = ?");
                values.add(source.name());
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
        }

        Query bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }
    }
}
