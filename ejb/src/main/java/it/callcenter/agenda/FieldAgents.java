package it.callcenter.agenda;

import it.callcenter.BusinessException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field agents: users an administrator marks as agents (with a phone number for the operators), who may be
 * booked while active. Everyone who books reads the list; the changes are audited.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class FieldAgents {

    static final String AUDIT_TYPE = "FIELD_AGENT";
    private static final String VIEW_SQL = "SELECT f.username, u.full_name, f.phone, f.active, u.enabled, f.version"
            + " FROM field_agent f JOIN app_user u ON u.username = f.username";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    /** Every agent, active or not, by name. */
    public List<FieldAgentView> list() {
        return views(VIEW_SQL + " ORDER BY u.full_name, f.username");
    }

    /** The agents who may be booked now, by name. */
    public List<FieldAgentView> bookable() {
        return views(VIEW_SQL + " WHERE f.active AND u.enabled ORDER BY u.full_name, f.username");
    }

    /** The enabled users who are not agents yet: who an administrator may make one. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> candidates() {
        return Rows.of(em.createNativeQuery("SELECT u.username FROM app_user u WHERE u.enabled AND NOT EXISTS"
                + " (SELECT 1 FROM field_agent f WHERE f.username = u.username) ORDER BY u.username")).stream()
                .map(r -> (String) r[0]).toList();
    }

    /**
     * Makes the user an agent ({@code version} null) or changes an agent read at {@code version}; the user must exist
     * and be enabled to become one. {@code active} null: a new agent is active, an agent keeps what it was.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public FieldAgentView save(String username, String phone, Boolean active, Long version) {
        Violations violations = new Violations();
        String user = violations.text("username", username, 64, true);
        String cleanPhone = violations.text("phone", phone, FieldAgent.PHONE_MAX, false);
        violations.throwIfAny();
        List<Object[]> account = Rows.of(em.createNativeQuery("SELECT id, enabled FROM app_user WHERE username = ?1")
                .setParameter(1, user));
        if (account.isEmpty()) {
            throw new BusinessException("username", "UNKNOWN_USER", user);
        }
        FieldAgent agent = em.find(FieldAgent.class, user);
        Set<String> changed = new TreeSet<>();
        AuditEntry.Action action;
        if (agent == null) {
            if (!Boolean.TRUE.equals(account.get(0)[1])) {
                throw new BusinessException("username", "UNKNOWN_USER", user);
            }
            agent = new FieldAgent(user, cleanPhone, active == null || active);
            em.persist(agent);
            changed.addAll(List.of("username", "phone", "active"));
            action = AuditEntry.Action.CREATE;
        } else {
            if (version == null || agent.getVersion() != version) {
                throw new StaleVersionException("field agent " + user);
            }
            if (!java.util.Objects.equals(agent.getPhone(), cleanPhone)) {
                changed.add("phone");
            }
            boolean nowActive = active == null ? agent.isActive() : active;
            if (agent.isActive() != nowActive) {
                changed.add("active");
            }
            agent.change(cleanPhone, nowActive);
            action = AuditEntry.Action.UPDATE;
        }
        em.flush();
        audit.record(AUDIT_TYPE, Rows.number(account.get(0)[0]), action, changed, session.getCallerPrincipal().getName());
        return views(VIEW_SQL + " WHERE f.username = ?1", user).get(0);
    }

    private List<FieldAgentView> views(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return Rows.of(query).stream().map(r -> new FieldAgentView((String) r[0], (String) r[1], (String) r[2],
                Boolean.TRUE.equals(r[3]), Boolean.TRUE.equals(r[4]), Rows.number(r[5]))).toList();
    }
}
