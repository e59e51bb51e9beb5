package it.callcenter.registry.leads;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.registry.Interest;
import it.callcenter.security.Role;
import it.callcenter.security.UserService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's lead sources, shaped like {@link it.callcenter.registry.RegistrySettings}: read by the intake,
 * changed by an ADMIN; a source defined or retired is audited ({@value #AUDIT_TYPE}), since its key lets strangers
 * write into the registry.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class LeadSources {

    public static final String AUDIT_TYPE = "LEAD_SOURCE";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    @EJB
    private UserService users;

    public List<LeadSource> all() {
        return em.createNamedQuery("LeadSource.all", LeadSource.class).getResultList();
    }

    /** @param defaultInterests one interest a line (or separated by commas); @param defaultOwner a username or blank */
    public LeadSource define(String name, String defaultInterests, String defaultOwner) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new BusinessException("name", "REQUIRED");
        }
        if (cleanName.length() > LeadSource.NAME_MAX) {
            throw new BusinessException("name", "TOO_LONG", LeadSource.NAME_MAX);
        }
        List<String> interests = defaultInterests == null ? List.of()
                : Arrays.stream(defaultInterests.split("[\n,]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (interests.stream().anyMatch(i -> i.length() > Interest.NAME_MAX)) {
            throw new BusinessException("defaultInterests", "TOO_LONG", Interest.NAME_MAX);
        }
        String owner = defaultOwner == null || defaultOwner.isBlank() ? null : defaultOwner.strip();
        if (owner != null && users.findByUsername(owner).isEmpty()) {
            throw new BusinessException("defaultOwner", "UNKNOWN_USER", owner);
        }
        LeadSource source = new LeadSource(cleanName, interests, owner);
        em.persist(source);
        em.flush();
        List<String> fields = new ArrayList<>(List.of(AuditFields.of("name", cleanName), AuditFields.of("defaultInterests", interests)));
        if (owner != null) {
            fields.add(AuditFields.of("defaultOwner", owner));
        }
        audit.record(AUDIT_TYPE, source.getId(), AuditEntry.Action.CREATE, fields, session.getCallerPrincipal().getName());
        return source;
    }

    public void retire(long id) {
        LeadSource source = em.find(LeadSource.class, id);
        if (source == null) {
            throw new NotFoundException("lead source " + id);
        }
        source.retire();
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, List.of("retired", AuditFields.of("name", source.getName())),
                session.getCallerPrincipal().getName());
    }

    /** The active source with this key; anyone may ask, the key is the only credential of a web form. */
    @PermitAll
    public Optional<LeadSource> active(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery("LeadSource.byKey", LeadSource.class).setParameter("key", key.strip())
                .getResultStream().filter(LeadSource::isActive).findFirst();
    }
}
