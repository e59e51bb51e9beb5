package it.callcenter.agenda;

import it.callcenter.platform.Rows;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineEvent.Kind;
import it.callcenter.registry.TimelineSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The agenda's part of the timelines: appointments booked and cancelled, contracts opened, activities set and
 * done, lead notes sent. Arguments travel as plain values (an instant or a day in ISO-8601, an amount as
 * {@code 1234.50}) for the screen to word in the reader's language; the bundle keys are {@code timeline.<key>}.
 */
@Stateless
public class AgendaTimeline implements TimelineSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TimelineEvent> events(Collection<Long> partyIds, int limit) {
        Long[] ids = partyIds.toArray(Long[]::new);
        List<TimelineEvent> events = new ArrayList<>();
        appointments(ids, limit, events);
        contracts(ids, limit, events);
        activities(ids, limit, events);
        leadNotes(ids, limit, events);
        return events;
    }

    private void appointments(Long[] ids, int limit, List<TimelineEvent> events) {
        for (Object[] r : rows("SELECT * FROM (SELECT a.booked_at AS at, 'appointmentBooked' AS what, a.booked_by AS by,"
                + " a.party_id, a.starts_at, u.full_name, a.place, a.ends_at FROM appointment a JOIN app_user u ON u.username = a.agent"
                + " WHERE a.party_id = ANY(?1) ORDER BY a.booked_at DESC LIMIT ?2) b UNION ALL"
                + " SELECT * FROM (SELECT a.cancelled_at, 'appointmentCancelled', a.cancelled_by, a.party_id, a.starts_at,"
                + " u.full_name, a.place, a.ends_at FROM appointment a JOIN app_user u ON u.username = a.agent"
                + " WHERE a.party_id = ANY(?1) AND a.state = 'CANCELLED' ORDER BY a.cancelled_at DESC LIMIT ?2) c", ids, limit)) {
            events.add(new TimelineEvent(Rows.instant(r[0]), Kind.APPOINTMENT, (String) r[1],
                    List.of(Rows.instant(r[4]).toString(), (String) r[5], (String) r[6], Rows.instant(r[7]).toString()),
                    (String) r[2], Rows.number(r[3])));
        }
    }

    private void contracts(Long[] ids, int limit, List<TimelineEvent> events) {
        for (Object[] r : rows("SELECT created_at, created_by, party_id, product, value, start_date FROM contract"
                + " WHERE party_id = ANY(?1) ORDER BY created_at DESC LIMIT ?2", ids, limit)) {
            events.add(new TimelineEvent(Rows.instant(r[0]), Kind.CONTRACT, "contractOpened",
                    List.of((String) r[3], ((BigDecimal) r[4]).setScale(2).toPlainString(), Rows.date(r[5]).toString()),
                    (String) r[1], Rows.number(r[2])));
        }
    }

    private void activities(Long[] ids, int limit, List<TimelineEvent> events) {
        for (Object[] r : rows("SELECT * FROM (SELECT created_at AS at, created_by AS by, party_id, text, due_on, due_time,"
                + " assigned_to, false AS done FROM activity WHERE party_id = ANY(?1) ORDER BY created_at DESC LIMIT ?2) o"
                + " UNION ALL SELECT * FROM (SELECT done_at, done_by, party_id, text, due_on, due_time, assigned_to, true"
                + " FROM activity WHERE party_id = ANY(?1) AND done_at IS NOT NULL ORDER BY done_at DESC LIMIT ?2) d", ids, limit)) {
            boolean done = Boolean.TRUE.equals(r[7]);
            LocalDate dueOn = Rows.date(r[4]);
            LocalTime dueTime = r[5] == null ? null : r[5] instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) r[5];
            String key = done ? "activityDone" : dueTime == null ? "activityCreated" : "activityCreatedAtTime";
            List<String> arguments = dueTime == null
                    ? List.of((String) r[3], dueOn.toString(), (String) r[6])
                    : List.of((String) r[3], dueOn.toString(), (String) r[6], dueTime.toString());
            events.add(new TimelineEvent(Rows.instant(r[0]), Kind.ACTIVITY, key, arguments, (String) r[1], Rows.number(r[2])));
        }
    }

    private void leadNotes(Long[] ids, int limit, List<TimelineEvent> events) {
        for (Object[] r : rows("SELECT n.sent_at, n.sent_by, n.party_id, n.to_user, u.full_name, n.text FROM lead_note n"
                + " LEFT JOIN app_user u ON u.username = n.to_user WHERE n.party_id = ANY(?1) ORDER BY n.sent_at DESC LIMIT ?2",
                ids, limit)) {
            String to = r[4] == null ? (String) r[3] : (String) r[4];
            events.add(new TimelineEvent(Rows.instant(r[0]), Kind.NOTE, "leadNote", List.of(to, (String) r[5]),
                    (String) r[1], Rows.number(r[2])));
        }
    }

    private List<Object[]> rows(String sql, Long[] ids, int limit) {
        return Rows.of(em.createNativeQuery(sql).setParameter(1, ids).setParameter(2, limit));
    }
}
