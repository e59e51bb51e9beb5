package it.callcenter.agenda;

import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** Contracts: opened by a CONTRACT outcome (in its transaction), from the card or by an integration; read per party. */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ContractBook {

    /** numeric(12, 2): ten digits before the point. */
    static final BigDecimal MAX_VALUE = new BigDecimal("9999999999.99");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Opens a contract for the party; the campaign and entry (both may be null) say which call produced it. */
    public long open(long partyId, Long campaignId, Long entryId, ContractDraft draft) {
        new AgendaParties(em).name(partyId);
        ContractDraft d = draft == null ? new ContractDraft(null, null, null, null) : draft;
        Violations violations = new Violations();
        String product = violations.text("contract.product", d.product(), Contract.PRODUCT_MAX, true);
        BigDecimal value = amount(violations, d.value());
        violations.required("contract.startDate", d.startDate());
        String notes = violations.text("contract.notes", d.notes(), Contract.NOTES_MAX, false);
        violations.throwIfAny();
        Contract contract = new Contract(partyId, campaignId, entryId, product, value, d.startDate(), notes,
                session.getCallerPrincipal().getName());
        em.persist(contract);
        em.flush();
        return contract.getId();
    }

    /** The party's contracts, newest first. */
    public List<ContractView> ofParty(long partyId) {
        return Rows.of(em.createNativeQuery("SELECT id, party_id, campaign_id, product, value, currency, start_date, notes,"
                        + " created_by, created_at FROM contract WHERE party_id = ?1 ORDER BY created_at DESC, id DESC")
                .setParameter(1, partyId)).stream()
                .map(r -> new ContractView(Rows.number(r[0]), Rows.number(r[1]), Rows.numberOrNull(r[2]), (String) r[3],
                        (BigDecimal) r[4], ((String) r[5]).strip(), Rows.date(r[6]), (String) r[7], (String) r[8],
                        Rows.instant(r[9])))
                .toList();
    }

    /** A value in euro: not negative, at most two decimals (trailing zeros aside), within numeric(12, 2). */
    static BigDecimal amount(Violations violations, BigDecimal value) {
        if (value == null) {
            violations.add("contract.value", "REQUIRED");
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (value.signum() < 0 || plain.scale() > 2 || value.compareTo(MAX_VALUE) > 0) {
            violations.add("contract.value", "INVALID_AMOUNT");
            return null;
        }
        return value.setScale(2);
    }
}
