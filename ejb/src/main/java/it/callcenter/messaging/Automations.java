package it.callcenter.messaging;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The automations as supervisors set them (SUPERVISOR and up): read, changed (audited), today's run started by hand;
 * and a run's messages (those the automation wrote on that day, Italian time), counted by state and listed by pages.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class Automations {

    static final String AUDIT_TYPE = "MESSAGE_AUTOMATION";

    /** An automation as the screens and the API show it. */
    public record View(AutomationKind kind, boolean active, Channel channel, Language language, String subject,
                       String template, LocalTime sendAt, LocalDate lastRunOn, Instant lastRunAt, String lastResult,
                       long version) {
    }

    /** The messages of a run by state: waiting (queued or being sent), sent, delivered, failed. */
    public record RunCounts(long waiting, long sent, long delivered, long failed) implements Serializable {
        public long total() {
            return waiting + sent + delivered + failed;
        }
    }

    /** One message of a run, as its list shows it. */
    public record RunMessage(long id, long partyId, String partyName, Channel channel, String address, MessageState state,
                             String failure, Instant createdAt) implements Serializable {
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
        // the run wrote its day and result on the automation in this persistence context: written before it is cleared
        em.flush();
        em.clear();
        return find(kind);
    }

    /** The messages the automation wrote on {@code day}, by state. */
    public RunCounts runCounts(AutomationKind kind, LocalDate day) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE state IN ('QUEUED', 'SENDING')),"
                        + " count(*) FILTER (WHERE state = 'SENT'), count(*) FILTER (WHERE state = 'DELIVERED'),"
                        + " count(*) FILTER (WHERE state = 'FAILED') FROM message"
                        + " WHERE automation = ? AND created_at >= ? AND created_at < ?")
                .setParameter(1, kind.name()).setParameter(2, dayStart(day)).setParameter(3, dayStart(day.plusDays(1)))
                .getSingleResult();
        return new RunCounts(Rows.number(r[0]), Rows.number(r[1]), Rows.number(r[2]), Rows.number(r[3]));
    }

    /** A page of the messages the automation wrote on {@code day}, the newest first. */
    public List<RunMessage> runMessages(AutomationKind kind, LocalDate day, int first, int max) {
        return Rows.of(em.createNativeQuery("SELECT m.id, m.party_id, p.display_name, m.channel, m.address, m.state,"
                        + " m.failure, m.created_at FROM message m JOIN party p ON p.id = m.party_id"
                        + " WHERE m.automation = ? AND m.created_at >= ? AND m.created_at < ?"
                        + " ORDER BY m.created_at DESC, m.id DESC OFFSET ? LIMIT ?")
                .setParameter(1, kind.name()).setParameter(2, dayStart(day)).setParameter(3, dayStart(day.plusDays(1)))
                .setParameter(4, Math.max(0, first)).setParameter(5, Math.max(1, Math.min(max, 200)))).stream()
                .map(r -> new RunMessage(Rows.number(r[0]), Rows.number(r[1]), (String) r[2], Channel.valueOf((String) r[3]),
                        (String) r[4], MessageState.valueOf((String) r[5]), (String) r[6], Rows.instant(r[7])))
                .toList();
    }

    private static OffsetDateTime dayStart(LocalDate day) {
        return day.atStartOfDay(CallWindows.ITALY).toOffsetDateTime();
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
