package it.callcenter.agenda;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
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

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
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

    /** The agent's days, hours, appointment length, travel time and zones. */
    public AgentWorkPlan workPlanOf(String username) {
        List<Object[]> rows = Rows.of(em.createNativeQuery("SELECT array_to_string(work_days, ','), work_from, work_to,"
                + " appointment_minutes, travel_minutes FROM field_agent WHERE username = ?1").setParameter(1, username));
        if (rows.isEmpty()) {
            throw new NotFoundException("field agent " + username);
        }
        Object[] r = rows.get(0);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : ((String) r[0]).split(",")) {
            if (!day.isBlank()) {
                days.add(DayOfWeek.of(Integer.parseInt(day.strip())));
            }
        }
        List<AgentWorkPlan.Zone> zones = Rows.of(em.createNativeQuery("SELECT kind, code FROM field_agent_zone"
                        + " WHERE username = ?1 ORDER BY kind, code").setParameter(1, username)).stream()
                .map(z -> new AgentWorkPlan.Zone(AgentWorkPlan.ZoneKind.valueOf((String) z[0]), ((String) z[1]).strip()))
                .toList();
        return new AgentWorkPlan(days, time(r[1]), time(r[2]), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), zones);
    }

    /**
     * Replaces the agent's work plan and zones (administrators; audited). A comune is given by its ISTAT code or its
     * cadastral code, a province by its abbreviation; each must exist. A postal code is five digits.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AgentWorkPlan saveWorkPlan(String username, AgentWorkPlan plan) {
        if (em.find(FieldAgent.class, username == null ? "" : username) == null) {
            throw new NotFoundException("field agent " + username);
        }
        Violations violations = new Violations();
        if (plan == null) {
            throw new BusinessException("days", "REQUIRED");
        }
        if (plan.days() == null || plan.days().isEmpty()) {
            violations.add("days", "REQUIRED");
        }
        if (plan.from() == null || plan.to() == null) {
            violations.add(plan.from() == null ? "from" : "to", "REQUIRED");
        } else if (!plan.to().isAfter(plan.from())) {
            violations.add("to", "AGENT_HOURS_REVERSED");
        }
        if (plan.appointmentMinutes() < AppointmentBook.MIN_MINUTES || plan.appointmentMinutes() > AppointmentBook.MAX_MINUTES) {
            violations.add("appointmentMinutes", "DURATION_OUT_OF_RANGE", AppointmentBook.MIN_MINUTES, AppointmentBook.MAX_MINUTES);
        }
        if (plan.travelMinutes() < 0 || plan.travelMinutes() > AgentWorkPlan.MAX_TRAVEL) {
            violations.add("travelMinutes", "OUT_OF_RANGE", 0, AgentWorkPlan.MAX_TRAVEL);
        }
        List<AgentWorkPlan.Zone> zones = plan.zones() == null ? List.of() : plan.zones();
        if (zones.size() > AgentWorkPlan.MAX_ZONES) {
            violations.add("zones", "TOO_MANY_VALUES", AgentWorkPlan.MAX_ZONES);
        }
        Set<AgentWorkPlan.Zone> clean = new java.util.LinkedHashSet<>();
        for (AgentWorkPlan.Zone zone : zones) {
            AgentWorkPlan.Zone z = zone == null || zone.kind() == null ? null : cleanZone(zone);
            if (z == null) {
                violations.add("zones", "AGENT_ZONE_UNKNOWN", zone == null || zone.code() == null ? "" : zone.code());
            } else {
                clean.add(z);
            }
        }
        violations.throwIfAny();
        em.createNativeQuery("UPDATE field_agent SET work_days = CAST(?1 AS int[]), work_from = CAST(?2 AS time),"
                        + " work_to = CAST(?3 AS time), appointment_minutes = ?4, travel_minutes = ?5 WHERE username = ?6")
                .setParameter(1, "{" + String.join(",", plan.days().stream().sorted().map(d -> String.valueOf(d.getValue())).toList()) + "}")
                .setParameter(2, plan.from().toString()).setParameter(3, plan.to().toString())
                .setParameter(4, plan.appointmentMinutes()).setParameter(5, plan.travelMinutes()).setParameter(6, username)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM field_agent_zone WHERE username = ?1").setParameter(1, username).executeUpdate();
        for (AgentWorkPlan.Zone z : clean) {
            em.createNativeQuery("INSERT INTO field_agent_zone (username, kind, code) VALUES (?1, ?2, ?3)")
                    .setParameter(1, username).setParameter(2, z.kind().name()).setParameter(3, z.code()).executeUpdate();
        }
        long userId = Rows.number(em.createNativeQuery("SELECT id FROM app_user WHERE username = ?1").setParameter(1, username)
                .getSingleResult());
        audit.record(AUDIT_TYPE, userId, AuditEntry.Action.UPDATE, List.of("workPlan", "zones=" + clean.size()),
                session.getCallerPrincipal().getName());
        return workPlanOf(username);
    }

    /** The zone as stored (a comune by its ISTAT code), or null when no such comune, province or postal code exists. */
    private AgentWorkPlan.Zone cleanZone(AgentWorkPlan.Zone zone) {
        String code = zone.code() == null ? "" : zone.code().strip().toUpperCase(java.util.Locale.ROOT);
        String sql = switch (zone.kind()) {
            case COMUNE -> "SELECT istat_code FROM comune WHERE istat_code = ?1 OR cadastral_code = ?1 LIMIT 1";
            case PROVINCE -> "SELECT province_abbr FROM comune WHERE province_abbr = ?1 LIMIT 1";
            case POSTAL_CODE -> "SELECT CAST(?1 AS text) WHERE CAST(?1 AS text) ~ '^[0-9]{5}$'";
        };
        if (code.isEmpty() || code.length() > 6) {
            return null;
        }
        List<Object[]> found = Rows.of(em.createNativeQuery(sql).setParameter(1, code));
        return found.isEmpty() ? null : new AgentWorkPlan.Zone(zone.kind(), found.get(0)[0].toString().strip());
    }

    private static LocalTime time(Object value) {
        return value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
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
