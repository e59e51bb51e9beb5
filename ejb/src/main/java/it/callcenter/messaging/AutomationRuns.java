package it.callcenter.messaging;

import it.callcenter.agenda.AppointmentBook;
import it.callcenter.agenda.AppointmentView;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A day's run of an automation, in one transaction with the automation's row locked (two runs at once queue up):
 * birthdays are today's (29 February's on the 28th in a common year) of parties with the birthday consent; a welcome
 * goes to the parties created since the last run with the welcome consent; a reminder to each party with an appointment
 * tomorrow (the agenda's {@link AppointmentBook#between}), written at once with the appointment's day, time and place.
 * Each message is keyed (automation, party, day / "once" / appointment) in the message table, so a second run of the
 * same day, on this node or another, sends nobody anything twice. Who lacks an address or the consent is left out and
 * counted in the run's result.
 */
@Stateless
@PermitAll
@RunAs(Role.SUPERVISOR_NAME)
public class AutomationRuns {

    static final String WELCOME_KEY = "once";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AppointmentBook appointments;

    /** Runs the automation's day if it is due now (the daily job); answers what happened, for the job's row. */
    public String runIfDue(AutomationKind kind) {
        ZonedDateTime now = ZonedDateTime.now(CallWindows.ITALY);
        MessageAutomation automation = em.find(MessageAutomation.class, kind, LockModeType.PESSIMISTIC_WRITE);
        if (automation == null || !automation.dueAt(now.toLocalDate(), now.toLocalTime())) {
            return automation != null && automation.isActive() ? "not due" : "off";
        }
        return run(automation, now.toLocalDate());
    }

    /** Runs today's run now, whatever the time and whether it ran already (nobody gets anything twice). */
    public String runNow(AutomationKind kind) {
        MessageAutomation automation = em.find(MessageAutomation.class, kind, LockModeType.PESSIMISTIC_WRITE);
        return run(automation, LocalDate.now(CallWindows.ITALY));
    }

    private String run(MessageAutomation automation, LocalDate today) {
        Instant started = Instant.now();
        long[] counts = switch (automation.getKind()) {
            case BIRTHDAY -> birthdays(automation, today);
            case WELCOME -> welcomes(automation, started);
            case APPOINTMENT_REMINDER -> reminders(automation, today.plusDays(1));
        };
        String result = new AutomationResult(counts[0], counts[1], counts[2], counts[3]).text();
        automation.ran(today, result, automation.getKind() == AutomationKind.WELCOME ? started : null);
        return result;
    }

    private long[] birthdays(MessageAutomation automation, LocalDate today) {
        boolean leapDayToo = today.getMonthValue() == 2 && today.getDayOfMonth() == 28 && !today.isLeapYear();
        RecipientSql sql = RecipientSql.of(automation.getChannel(), Purpose.BIRTHDAY, null,
                "extract(month FROM p.birth_date) = ? AND (extract(day FROM p.birth_date) = ?"
                        + " OR (? AND extract(day FROM p.birth_date) = 29))",
                List.of(today.getMonthValue(), today.getDayOfMonth(), leapDayToo));
        return insert(sql, automation, today.toString());
    }

    private long[] welcomes(MessageAutomation automation, Instant upTo) {
        if (automation.getWelcomeSince() == null) {
            return new long[4];
        }
        RecipientSql sql = RecipientSql.of(automation.getChannel(), Purpose.WELCOME, null,
                "p.created_at > ? AND p.created_at <= ?",
                List.of(automation.getWelcomeSince().atOffset(java.time.ZoneOffset.UTC), upTo.atOffset(java.time.ZoneOffset.UTC)));
        return insert(sql, automation, WELCOME_KEY);
    }

    private long[] insert(RecipientSql sql, MessageAutomation automation, String key) {
        Object[] row = (Object[]) MessageCampaigns.bind(em.createNativeQuery(sql.automation()),
                sql.automationParameters(automation.getKind(), key, automation.getChannel())).getSingleResult();
        return new long[]{Rows.number(row[0]), Rows.number(row[1]), Rows.number(row[2]), Rows.number(row[3])};
    }

    /** One message an appointment of {@code day}, written now from the reminder's template. */
    private long[] reminders(MessageAutomation automation, LocalDate day) {
        Instant from = day.atStartOfDay(CallWindows.ITALY).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(CallWindows.ITALY).toInstant();
        MessageTemplate template = MessageTemplate.parse(automation.getTemplate(), "template", true);
        MessageTemplate subject = MessageTemplate.parse(automation.getSubject(), "subject", true);
        long[] counts = new long[4];
        for (AppointmentView appointment : appointments.between(from, to, null)) {
            if (appointment.start().isBefore(from)) {
                continue;
            }
            RecipientSql sql = RecipientSql.of(automation.getChannel(), Purpose.SERVICE, null, "p.id = ?",
                    List.of(appointment.partyId()));
            List<Object[]> reachable = Rows.of(MessageCampaigns.bind(em.createNativeQuery(sql.reachable()),
                    sql.countParameters()));
            if (reachable.isEmpty()) {
                counts[1]++;
                continue;
            }
            Object[] r = reachable.get(0);
            Map<Placeholder, String> values = new EnumMap<>(MessageWriter.values((String) r[3], (String) r[4],
                    (String) r[5], (String) r[6]));
            ZonedDateTime start = appointment.start().atZone(CallWindows.ITALY);
            values.put(Placeholder.APPOINTMENT_DATE, automation.getLanguage().dateFormat().format(start));
            values.put(Placeholder.APPOINTMENT_TIME, TIME.format(start));
            values.put(Placeholder.APPOINTMENT_PLACE, appointment.place());
            String body = automation.getChannel() == Channel.SMS
                    ? MessageTexts.smsBody(template, values, Purpose.SERVICE, automation.getLanguage())
                    : MessageTexts.mailBody(template, values, Purpose.SERVICE, automation.getLanguage(), null);
            counts[0] += em.createNativeQuery("INSERT INTO message (id, automation, automation_key, party_id, channel, purpose,"
                            + " address, carrier, state, due_at, created_at, subject, body) VALUES (nextval('message_seq'),"
                            + " 'APPOINTMENT_REMINDER', ?, ?, ?, 'SERVICE', ?, ?, 'QUEUED', now(), now(), ?, ?)"
                            + " ON CONFLICT (automation, party_id, automation_key) DO NOTHING")
                    .setParameter(1, String.valueOf(appointment.id())).setParameter(2, appointment.partyId())
                    .setParameter(3, automation.getChannel().name()).setParameter(4, r[1]).setParameter(5, r[2])
                    .setParameter(6, automation.getChannel() == Channel.EMAIL ? subject.render(values) : null)
                    .setParameter(7, body).executeUpdate();
        }
        return counts;
    }
}
