package it.callcenter.messaging;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** The automations as supervisors set them (SUPERVISOR and up): read, changed (audited), today's run started by hand. */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class Automations {

    static final String AUDIT_TYPE = "MESSAGE_AUTOMATION";

    /** An automation as the screens and the API show it. */
    public record View(AutomationKind kind, boolean active, Channel channel, Language language, String subject,
                       String template, LocalTime sendAt, LocalDate lastRunOn, Instant lastRunAt, String lastResult,
                       long version) {
    }

    /** What a supervisor changes; {@code version} is the one read. */
    public record Change(Boolean active, Channel channel, Language language, String subject, String template,
                         LocalTime sendAt, Long version) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AutomationRuns runs;

    @EJB
    private AuditLog audit;

    public List<View> all() {
        return Arrays.stream(AutomationKind.values()).map(this::find).toList();
    }

    public View find(AutomationKind kind) {
        return view(automation(kind));
    }

    public View change(AutomationKind kind, Change change) {
        MessageAutomation automation = automation(kind);
        if (change == null || change.version() == null || change.version() != automation.getVersion()) {
            throw new StaleVersionException("automation " + kind);
        }
        automation.edit(Boolean.TRUE.equals(change.active()), change.channel(), change.language(), change.subject(),
                change.template(), change.sendAt());
        em.flush();
        audit.record(AUDIT_TYPE, kind.ordinal(), AuditEntry.Action.UPDATE, List.of(AuditFields.of("kind", kind),
                AuditFields.of("active", automation.isActive()), AuditFields.of("channel", automation.getChannel())),
                session.getCallerPrincipal().getName());
        return view(automation);
    }

    /** Today's run now, whatever the time; nobody gets anything twice. Only an automation that is on. */
    public View runNow(AutomationKind kind) {
        if (!automation(kind).isActive()) {
            throw new BusinessException(null, "AUTOMATION_OFF");
        }
        runs.runNow(kind);
        em.clear();
        return find(kind);
    }

    private MessageAutomation automation(AutomationKind kind) {
        MessageAutomation automation = kind == null ? null : em.find(MessageAutomation.class, kind);
        if (automation == null) {
            throw new NotFoundException("automation " + kind);
        }
        return automation;
    }

    private static View view(MessageAutomation a) {
        return new View(a.getKind(), a.isActive(), a.getChannel(), a.getLanguage(), a.getSubject(), a.getTemplate(),
                a.getSendAt(), a.getLastRunOn(), a.getLastRunAt(), a.getLastResult(), a.getVersion());
    }
}
